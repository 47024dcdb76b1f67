"""Round 8 ordinary source text: files of a Next.js/TypeScript app, a Django app, a Go service, a Spring Boot service,
a Rails app and a Rust CLI, built from templates with varied identifiers.  Each generator takes a seed string and a
target size and draws from its own Random, so the shared R (values) is not disturbed.  Nothing sensitive is written
here; theme modules plant values in the text they get back."""
import hashlib, random

ENT = ["order", "invoice", "customer", "shipment", "cart", "product", "coupon", "refund", "subscription", "warehouse", "supplier",
       "payment", "review", "address", "tenant", "report", "webhook", "catalog", "inventory", "return", "voucher", "delivery",
       "ticket", "project", "member", "booking", "listing", "quote", "contract", "lead"]
VERB = ["fetch", "create", "update", "delete", "list", "sync", "validate", "archive", "export", "import", "resolve", "merge", "cancel", "approve"]
FIELD = [("id", "uuid"), ("status", "str"), ("created_at", "datetime"), ("updated_at", "datetime"), ("total_cents", "int"), ("currency", "str"),
         ("quantity", "int"), ("sku", "str"), ("title", "str"), ("notes", "text"), ("is_active", "bool"), ("position", "int"),
         ("external_ref", "str"), ("due_date", "date"), ("weight_grams", "int"), ("locale", "str"), ("country_code", "str"), ("version", "int")]


def rng(seed):
    return random.Random(int(hashlib.sha256(seed.encode()).hexdigest()[:16], 16))


def camel(s):
    p = s.split("_")
    return p[0] + "".join(x.title() for x in p[1:])


def pascal(s):
    return "".join(x.title() for x in s.split("_"))


def _fill(seed, nbytes, unit):
    T, out, size, i = rng(seed), [], 0, 0
    while size < nbytes:
        block = unit(T, i)
        out.append(block)
        size += len(block)
        i += 1
    return "\n".join(out)


def ts_file(seed, nbytes=6000):
    def unit(T, i):
        e = T.choice(ENT); E = pascal(e); v = T.choice(VERB)
        fs = T.sample(FIELD, 5)
        ty = {"uuid": "string", "str": "string", "datetime": "string", "int": "number", "bool": "boolean", "text": "string", "date": "string"}
        if i == 0:
            return ("import { useEffect, useMemo, useState } from 'react';\nimport { z } from 'zod';\nimport { apiFetch } from '@/lib/api';\n"
                    "import type { Paginated } from '@/types/api';\n")
        k = T.randrange(3)
        if k == 0:
            return "export interface %s%s {\n%s\n}\n" % (E, T.choice(["", "Dto", "Row", "Summary"]),
                                                      "\n".join("  %s%s: %s;" % (camel(f), T.choice(["", "?"]), ty[t]) for f, t in fs))
        if k == 1:
            return ("export async function %s%s%s(params: { page?: number; q?: string } = {}): Promise<Paginated<%s>> {\n"
                    "  const qs = new URLSearchParams({ page: String(params.page ?? 1), q: params.q ?? '' });\n"
                    "  const res = await apiFetch(`/api/%ss?${qs}`, { cache: 'no-store' });\n"
                    "  if (!res.ok) throw new Error(`%s %s failed: ${res.status}`);\n  return res.json();\n}\n") % (
                v, E, T.choice(["s", "Page", "List"]), E, e, e, v)
        return ("export function use%s%s(id: string) {\n  const [data, setData] = useState<%s | null>(null);\n"
                "  const [error, setError] = useState<Error | null>(null);\n  useEffect(() => {\n    let cancelled = false;\n"
                "    apiFetch(`/api/%ss/${id}`).then((r) => r.json()).then((d) => !cancelled && setData(d)).catch(setError);\n"
                "    return () => { cancelled = true; };\n  }, [id]);\n  const label = useMemo(() => data?.%s ?? '—', [data]);\n"
                "  return { data, error, label };\n}\n\nexport const %sSchema = z.object({\n%s\n});\n") % (
            E, T.choice(["", "Details", "Query"]), E, e, camel(fs[0][0]), camel(e),
            "\n".join("  %s: z.%s," % (camel(f), {"int": "number().int()", "bool": "boolean()"}.get(t, "string()")) for f, t in fs))
    return _fill(seed, nbytes, unit)


def django_file(seed, nbytes=6000):
    def unit(T, i):
        e = T.choice(ENT); E = pascal(e)
        if i == 0:
            return ("from django.db import models, transaction\nfrom django.utils import timezone\nfrom rest_framework import serializers, viewsets\n"
                    "from rest_framework.permissions import IsAuthenticated\n")
        fs = T.sample(FIELD[1:], 5)
        col = {"str": "models.CharField(max_length=%d)" % T.choice([32, 64, 255]), "int": "models.IntegerField(default=0)",
               "datetime": "models.DateTimeField(default=timezone.now)", "bool": "models.BooleanField(default=True)",
               "text": "models.TextField(blank=True)", "date": "models.DateField(null=True, blank=True)", "uuid": "models.UUIDField()"}
        return ("\nclass %s(models.Model):\n%s\n\n    class Meta:\n        ordering = [\"-%s\"]\n\n    def __str__(self):\n        return f\"%s {self.pk}\"\n\n\n"
                "class %sSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = %s\n        fields = [%s]\n\n\n"
                "class %sViewSet(viewsets.ModelViewSet):\n    serializer_class = %sSerializer\n    permission_classes = [IsAuthenticated]\n\n"
                "    def get_queryset(self):\n        qs = %s.objects.all()\n        if status := self.request.query_params.get(\"status\"):\n"
                "            qs = qs.filter(status=status)\n        return qs\n\n    @transaction.atomic\n    def perform_create(self, serializer):\n"
                "        serializer.save()\n") % (E, "\n".join("    %s = %s" % (f, col[t]) for f, t in fs), fs[0][0], E, E, E,
                                                 ", ".join('"%s"' % f for f, _ in fs), E, E, E)
    return _fill(seed, nbytes, unit)


def go_file(seed, nbytes=6000, pkg="orders"):
    def unit(T, i):
        e = T.choice(ENT); E = pascal(e)
        if i == 0:
            return ('package %s\n\nimport (\n\t"context"\n\t"database/sql"\n\t"encoding/json"\n\t"errors"\n\t"net/http"\n\t"time"\n\n'
                    '\t"github.com/go-chi/chi/v5"\n\t"go.uber.org/zap"\n)\n') % pkg
        fs = T.sample(FIELD, 4)
        gt = {"uuid": "string", "str": "string", "datetime": "time.Time", "int": "int64", "bool": "bool", "text": "string", "date": "time.Time"}
        return ("type %s struct {\n%s\n}\n\nfunc (h *Handler) %s%s(w http.ResponseWriter, r *http.Request) {\n\tctx, cancel := context.WithTimeout(r.Context(), %d*time.Second)\n"
                "\tdefer cancel()\n\tid := chi.URLParam(r, \"id\")\n\tvar out %s\n\terr := h.db.QueryRowContext(ctx, `SELECT %s FROM %ss WHERE id = $1`, id).Scan(%s)\n"
                "\tif errors.Is(err, sql.ErrNoRows) {\n\t\thttp.Error(w, \"not found\", http.StatusNotFound)\n\t\treturn\n\t}\n\tif err != nil {\n"
                "\t\th.log.Error(\"%s lookup failed\", zap.Error(err), zap.String(\"id\", id))\n\t\thttp.Error(w, \"internal error\", http.StatusInternalServerError)\n"
                "\t\treturn\n\t}\n\tw.Header().Set(\"Content-Type\", \"application/json\")\n\t_ = json.NewEncoder(w).Encode(out)\n}\n") % (
            E, "\n".join('\t%s %s `json:"%s"`' % (pascal(f), gt[t], f) for f, t in fs), T.choice(["Get", "Load", "Show"]), E, T.choice([2, 3, 5]), E,
            ", ".join(f for f, _ in fs), e, ", ".join("&out.%s" % pascal(f) for f, _ in fs), e)
    return _fill(seed, nbytes, unit)


def java_file(seed, nbytes=6000, pkg="com.acme.billing"):
    def unit(T, i):
        e = T.choice(ENT); E = pascal(e)
        if i == 0:
            return ("package %s;\n\nimport java.util.List;\nimport java.util.UUID;\nimport org.springframework.http.ResponseEntity;\n"
                    "import org.springframework.web.bind.annotation.*;\nimport lombok.RequiredArgsConstructor;\nimport lombok.extern.slf4j.Slf4j;\n") % pkg
        return ("\n@Slf4j\n@RestController\n@RequestMapping(\"/api/v1/%ss\")\n@RequiredArgsConstructor\nclass %sController {\n    private final %sService %sService;\n\n"
                "    @GetMapping(\"/{id}\")\n    public ResponseEntity<%sDto> get(@PathVariable UUID id) {\n        return %sService.find(id).map(ResponseEntity::ok)\n"
                "            .orElseGet(() -> ResponseEntity.notFound().build());\n    }\n\n    @GetMapping\n    public List<%sDto> list(@RequestParam(defaultValue = \"0\") int page,\n"
                "                             @RequestParam(defaultValue = \"%d\") int size) {\n        log.debug(\"listing %ss page={} size={}\", page, size);\n"
                "        return %sService.page(page, size);\n    }\n}\n") % (e, E, E, camel(e), E, camel(e), E, T.choice([20, 25, 50]), e, camel(e))
    return _fill(seed, nbytes, unit)


def ruby_file(seed, nbytes=5000):
    def unit(T, i):
        e = T.choice(ENT); E = pascal(e)
        return ("class %s < ApplicationRecord\n  belongs_to :%s, optional: %s\n  has_many :%s_items, dependent: :destroy\n\n"
                "  validates :%s, presence: true\n  scope :recent, -> { where('created_at > ?', %d.days.ago) }\n\n  def display_name\n"
                "    \"#{self.class.name.humanize} ##{id}\"\n  end\nend\n") % (E, T.choice(ENT), T.choice(["true", "false"]), e,
                                                                            T.choice(FIELD[1:])[0], T.choice([7, 14, 30, 90]))
    return _fill(seed, nbytes, unit)


def rust_file(seed, nbytes=5000):
    def unit(T, i):
        e = T.choice(ENT); E = pascal(e)
        if i == 0:
            return ("use anyhow::{Context, Result};\nuse clap::{Parser, Subcommand};\nuse serde::{Deserialize, Serialize};\nuse std::path::PathBuf;\n")
        return ("#[derive(Debug, Serialize, Deserialize)]\npub struct %s {\n    pub id: u64,\n    pub %s: String,\n    pub tags: Vec<String>,\n}\n\n"
                "pub fn %s_%ss(path: &PathBuf) -> Result<Vec<%s>> {\n    let raw = std::fs::read_to_string(path)\n        .with_context(|| format!(\"reading {}\", path.display()))?;\n"
                "    let items: Vec<%s> = serde_json::from_str(&raw)?;\n    Ok(items.into_iter().filter(|x| !x.tags.is_empty()).collect())\n}\n") % (
            E, T.choice(FIELD[1:])[0], T.choice(VERB), e, E, E)
    return _fill(seed, nbytes, unit)


LANG = {"ts": ts_file, "py": django_file, "go": go_file, "java": java_file, "rb": ruby_file, "rs": rust_file}
