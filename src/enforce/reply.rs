//! Replies the proxy makes itself, shaped like the API the client speaks so
//! that SDKs and agents show the message instead of a parse error. Every
//! error the request pipeline can hit becomes a reply here, in one place.

use bytes::Bytes;
use http::{HeaderValue, Response, StatusCode};
use serde_json::json;

use crate::config::ApiKind;
use crate::http::{full, ProxyBody};

/// Error classes, each mapped to the provider's own error `type` vocabulary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorClass {
    /// The request was refused by policy (blocked finding, denied service).
    Policy,
    /// The body is over the inspection limit.
    TooLarge,
    /// The body could not be read or decoded.
    BadRequest,
    /// The upstream could not be reached or failed.
    Upstream,
    /// The upstream did not answer in time.
    Timeout,
}

impl ErrorClass {
    fn anthropic_type(self) -> &'static str {
        match self {
            ErrorClass::Policy | ErrorClass::BadRequest => "invalid_request_error",
            ErrorClass::TooLarge => "request_too_large",
            ErrorClass::Upstream => "api_error",
            ErrorClass::Timeout => "timeout_error",
        }
    }

    fn openai_type(self) -> &'static str {
        match self {
            ErrorClass::Policy | ErrorClass::BadRequest | ErrorClass::TooLarge => {
                "invalid_request_error"
            }
            ErrorClass::Upstream | ErrorClass::Timeout => "server_error",
        }
    }

    fn gemini_status(self) -> &'static str {
        match self {
            ErrorClass::Policy | ErrorClass::BadRequest | ErrorClass::TooLarge => {
                "INVALID_ARGUMENT"
            }
            ErrorClass::Upstream => "UNAVAILABLE",
            ErrorClass::Timeout => "DEADLINE_EXCEEDED",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ErrorClass::Policy => "policy",
            ErrorClass::TooLarge => "too_large",
            ErrorClass::BadRequest => "bad_request",
            ErrorClass::Upstream => "upstream",
            ErrorClass::Timeout => "timeout",
        }
    }
}

/// A JSON error reply in the shape of `api`, with a `code` that names the
/// promptwall reason so scripts can tell it from a provider error.
pub fn error(
    api: ApiKind,
    status: StatusCode,
    class: ErrorClass,
    code: &str,
    message: &str,
) -> Response<ProxyBody> {
    let body = match api {
        ApiKind::Anthropic => json!({
            "type": "error",
            "error": { "type": class.anthropic_type(), "message": message },
        }),
        ApiKind::Openai | ApiKind::AzureOpenai => json!({
            "error": { "message": message, "type": class.openai_type(), "param": null, "code": code },
        }),
        ApiKind::Gemini => json!({
            "error": { "code": status.as_u16(), "message": message, "status": class.gemini_status() },
        }),
        ApiKind::Bedrock => json!({ "message": message }),
        ApiKind::Generic => json!({
            "error": { "type": code, "class": class.as_str(), "message": message },
        }),
    };
    let mut text = body.to_string();
    text.push('\n');
    let mut resp = Response::new(full(Bytes::from(text)));
    *resp.status_mut() = status;
    let h = resp.headers_mut();
    h.insert(
        http::header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    h.insert("x-promptwall", HeaderValue::from_static("1"));
    if api == ApiKind::Bedrock {
        let t = match class {
            ErrorClass::Policy | ErrorClass::BadRequest | ErrorClass::TooLarge => {
                "ValidationException"
            }
            ErrorClass::Upstream => "ServiceUnavailableException",
            ErrorClass::Timeout => "ModelTimeoutException",
        };
        h.insert("x-amzn-errortype", HeaderValue::from_static(t));
    }
    resp
}

#[cfg(test)]
mod tests {
    use super::*;
    use http_body_util::BodyExt;

    async fn body_json(r: Response<ProxyBody>) -> serde_json::Value {
        let b = r.into_body().collect().await.expect("body").to_bytes();
        serde_json::from_slice(&b).expect("json")
    }

    #[tokio::test]
    async fn shapes_follow_the_api() {
        let a = error(
            ApiKind::Anthropic,
            StatusCode::BAD_REQUEST,
            ErrorClass::Policy,
            "blocked",
            "no",
        );
        assert_eq!(body_json(a).await["error"]["type"], "invalid_request_error");
        let o = error(
            ApiKind::Openai,
            StatusCode::BAD_GATEWAY,
            ErrorClass::Upstream,
            "upstream_connect",
            "down",
        );
        let v = body_json(o).await;
        assert_eq!(v["error"]["code"], "upstream_connect");
        assert_eq!(v["error"]["type"], "server_error");
        let g = error(
            ApiKind::Gemini,
            StatusCode::GATEWAY_TIMEOUT,
            ErrorClass::Timeout,
            "t",
            "slow",
        );
        assert_eq!(body_json(g).await["error"]["status"], "DEADLINE_EXCEEDED");
    }
}
