//! Token usage read from responses as they stream past, without buffering
//! the stream: server-sent events are split into lines as bytes arrive and
//! only `data:` lines that mention usage are parsed; a plain JSON response
//! is kept (up to a cap) and parsed at its end.
//!
//! Shapes understood: Anthropic (`message_start.message.usage`,
//! `message_delta.usage`, or `usage` of a message), OpenAI Chat Completions
//! and Responses (`usage.prompt_tokens/completion_tokens`,
//! `usage.input_tokens/output_tokens`, `response.usage`), Gemini
//! (`usageMetadata.promptTokenCount/candidatesTokenCount`).

use memchr::memchr;
use serde_json::Value;

/// Largest non-streamed JSON response kept for usage parsing.
const MAX_JSON: usize = 4 << 20;
/// Longest SSE line kept; longer lines (huge deltas) cannot carry usage.
const MAX_LINE: usize = 256 << 10;

/// Tokens counted for one response.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    pub input: u64,
    pub output: u64,
    pub model: Option<String>,
}

/// Incremental usage reader for one response body.
#[derive(Debug)]
pub struct UsageTap {
    sse: bool,
    buf: Vec<u8>,
    overflow: bool,
    usage: Usage,
}

impl UsageTap {
    pub fn new(content_type: Option<&str>) -> Self {
        UsageTap {
            sse: content_type.is_some_and(|c| c.starts_with("text/event-stream")),
            buf: Vec::new(),
            overflow: false,
            usage: Usage::default(),
        }
    }

    /// Feeds the next chunk of the response body.
    pub fn feed(&mut self, chunk: &[u8]) {
        if !self.sse {
            if self.buf.len() + chunk.len() <= MAX_JSON {
                self.buf.extend_from_slice(chunk);
            } else {
                self.overflow = true;
            }
            return;
        }
        let mut rest = chunk;
        while let Some(nl) = memchr(b'\n', rest) {
            if !self.overflow {
                self.buf.extend_from_slice(&rest[..nl]);
                let line = std::mem::take(&mut self.buf);
                self.line(&line);
            }
            self.overflow = false;
            self.buf.clear();
            rest = &rest[nl + 1..];
        }
        if self.buf.len() + rest.len() > MAX_LINE {
            self.overflow = true;
            self.buf.clear();
        } else if !self.overflow {
            self.buf.extend_from_slice(rest);
        }
    }

    fn line(&mut self, line: &[u8]) {
        let Some(data) = line.strip_prefix(b"data:") else {
            return;
        };
        // Cheap pre-filter: most events are text deltas without usage.
        if memchr::memmem::find(data, b"sage").is_none()
            && memchr::memmem::find(data, b"\"model\"").is_none()
        {
            return;
        }
        if let Ok(v) = serde_json::from_slice::<Value>(data) {
            self.absorb(&v);
        }
    }

    /// Ends the body; returns what was counted.
    pub fn finish(mut self) -> Usage {
        if !self.sse && !self.overflow && !self.buf.is_empty() {
            if let Ok(v) = serde_json::from_slice::<Value>(&self.buf) {
                self.absorb(&v);
            }
        } else if self.sse && !self.buf.is_empty() && !self.overflow {
            let line = std::mem::take(&mut self.buf);
            self.line(&line);
        }
        self.usage
    }

    fn absorb(&mut self, v: &Value) {
        if let Some(m) = v.get("model").and_then(Value::as_str) {
            self.usage.model.get_or_insert_with(|| m.to_string());
        }
        // Anthropic stream: message_start carries the message.
        if let Some(msg) = v.get("message") {
            self.absorb(msg);
        }
        // OpenAI Responses stream: response.completed carries the response.
        if let Some(resp) = v.get("response").filter(|r| r.is_object()) {
            self.absorb(resp);
        }
        if let Some(u) = v.get("usage").filter(|u| u.is_object()) {
            let n = |k: &str| u.get(k).and_then(Value::as_u64);
            if let Some(i) = n("input_tokens").or_else(|| n("prompt_tokens")) {
                self.usage.input = self.usage.input.max(i);
            }
            if let Some(o) = n("output_tokens").or_else(|| n("completion_tokens")) {
                // Anthropic's message_delta reports the running total.
                self.usage.output = self.usage.output.max(o);
            }
        }
        if let Some(u) = v.get("usageMetadata") {
            let n = |k: &str| u.get(k).and_then(Value::as_u64);
            if let Some(i) = n("promptTokenCount") {
                self.usage.input = self.usage.input.max(i);
            }
            if let Some(o) = n("candidatesTokenCount") {
                self.usage.output = self.usage.output.max(o);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(ct: &str, body: &[u8], chunk: usize) -> Usage {
        let mut t = UsageTap::new(Some(ct));
        for c in body.chunks(chunk.max(1)) {
            t.feed(c);
        }
        t.finish()
    }

    #[test]
    fn anthropic_stream_any_chunking() {
        let body = b"event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"model\":\"claude-x\",\"usage\":{\"input_tokens\":25,\"output_tokens\":1}}}\n\nevent: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"delta\":{\"text\":\"hi\"}}\n\nevent: message_delta\ndata: {\"type\":\"message_delta\",\"usage\":{\"output_tokens\":15}}\n\n";
        for chunk in [1, 7, 64, 4096] {
            let u = run("text/event-stream", body, chunk);
            assert_eq!(
                (u.input, u.output, u.model.as_deref()),
                (25, 15, Some("claude-x")),
                "chunk {chunk}"
            );
        }
    }

    #[test]
    fn openai_json_and_stream_and_gemini() {
        let j = br#"{"model":"gpt-4o","usage":{"prompt_tokens":9,"completion_tokens":12,"total_tokens":21}}"#;
        assert_eq!(
            run("application/json", j, 5),
            Usage {
                input: 9,
                output: 12,
                model: Some("gpt-4o".into())
            }
        );
        let s = b"data: {\"model\":\"gpt-4o\",\"choices\":[]}\n\ndata: {\"choices\":[],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":4}}\n\ndata: [DONE]\n\n";
        assert_eq!(run("text/event-stream", s, 3).output, 4);
        let r = b"data: {\"type\":\"response.completed\",\"response\":{\"model\":\"gpt-5\",\"usage\":{\"input_tokens\":100,\"output_tokens\":7}}}\n\n";
        assert_eq!(
            run("text/event-stream; charset=utf-8", r, 11),
            Usage {
                input: 100,
                output: 7,
                model: Some("gpt-5".into())
            }
        );
        let g = br#"{"candidates":[],"usageMetadata":{"promptTokenCount":8,"candidatesTokenCount":2},"modelVersion":"gemini"}"#;
        assert_eq!(
            (
                run("application/json", g, 4).input,
                run("application/json", g, 4).output
            ),
            (8, 2)
        );
    }

    #[test]
    fn garbage_and_huge_lines_are_harmless() {
        let mut big = b"data: ".to_vec();
        big.extend(std::iter::repeat_n(b'x', MAX_LINE + 10));
        big.extend_from_slice(b"\ndata: {\"usage\":{\"input_tokens\":1,\"output_tokens\":2}}\n");
        let u = run("text/event-stream", &big, 1000);
        assert_eq!((u.input, u.output), (1, 2));
        assert_eq!(run("application/json", b"\xff\x00{", 1), Usage::default());
    }
}
