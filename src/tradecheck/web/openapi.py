"""The OpenAPI 3.1 description of the JSON API, with one documented path per indicator (its
parameters, types and choices come from the indicator catalogue, so the document never drifts)."""

from __future__ import annotations

from functools import cache

from .. import __version__
from ..indicators import catalogue

__all__ = ["openapi"]

_ERROR = {"description": "A clear message saying what was wrong and what to do",
          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}

_TYPES = {"int": {"type": "integer"}, "float": {"type": "number"}, "date": {"type": "string", "format": "date"}}


@cache
def openapi() -> dict:
    paths: dict = {
        "/api/check": {"post": {
            "summary": "Check the quantitative claims of a text",
            "description": "Send JSON (`{\"text\": …, \"as_of\": \"YYYY-MM-DD\"}`) or the text itself "
                           "(`text/plain`). Returns every claim found with its verdict and evidence, "
                           "a chart per claim, and the shareable address of the result.",
            "requestBody": {"required": True, "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/CheckRequest"}},
                "text/plain": {"schema": {"type": "string"}}}},
            "responses": {"200": {"description": "The checked text",
                                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Report"}}}},
                          "400": _ERROR, "413": _ERROR, "415": _ERROR, "503": _ERROR}}},
        "/api/results/{id}": {"get": {
            "summary": "A checked text by its shareable id (re-checked on the current warehouse)",
            "parameters": [{"name": "id", "in": "path", "required": True,
                            "schema": {"type": "string", "pattern": "^[0-9a-f]{16}$"}}],
            "responses": {"200": {"description": "The checked text",
                                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Report"}}}},
                          "404": _ERROR}}},
        "/api/indicators": {"get": {
            "summary": "The indicator catalogue",
            "responses": {"200": {"description": "Every indicator with its parameters",
                                  "content": {"application/json": {"schema": {"type": "array", "items": {"type": "object"}}}}}}}},
        "/api/status": {"get": {
            "summary": "The warehouse in use: when it was built, from what",
            "responses": {"200": {"description": "Status", "content": {"application/json": {"schema": {"type": "object"}}}},
                          "503": _ERROR}}},
    }
    for spec in catalogue().values():
        params = [{"name": p.name, "in": "query", "required": p.required, "description": p.help,
                   "schema": _schema(p)} for p in spec.params]
        params += [
            {"name": "as_of", "in": "query", "required": False,
             "description": "Use only releases published on or before this date.",
             "schema": {"type": "string", "format": "date"}},
            {"name": "format", "in": "query", "required": False,
             "description": "json (default) or csv (the figure and the table behind its chart).",
             "schema": {"type": "string", "enum": ["json", "csv"]}},
        ]
        paths[f"/api/indicators/{spec.name}"] = {"get": {
            "summary": spec.title, "description": f"{spec.description}\n\nUnit: {spec.unit}.",
            "operationId": f"indicator_{spec.name}", "tags": [spec.family], "parameters": params,
            "responses": {"200": {"description": "The figure with its evidence and chart",
                                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Indicator"}},
                                              "text/csv": {"schema": {"type": "string"}}}},
                          "400": _ERROR, "404": _ERROR, "503": _ERROR}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "tradecheck", "version": __version__,
                 "description": "Check quantitative claims about North American trade and border "
                                "security against official statistics, with evidence. Read-only."},
        "paths": paths,
        "components": {"schemas": _SCHEMAS},
    }


def _schema(p) -> dict:
    schema = dict(_TYPES.get(p.type, {"type": "string"}))
    if p.choices:
        schema["enum"] = list(p.choices)
    if p.default is not None:
        schema["default"] = p.default
    return schema


_CLAIM = {"type": "object", "required": ["text", "start", "end", "verdict", "claimed", "official",
                                         "definition", "sources", "correction", "explanation"],
          "properties": {
              "text": {"type": "string"}, "start": {"type": "integer"}, "end": {"type": "integer"},
              "verdict": {"type": "string", "enum": ["supported", "close", "contradicted", "depends", "no_data"]},
              "claimed": {"type": "string"}, "official": {"type": "string"},
              "definition": {"type": "string"}, "sources": {"type": "array", "items": {"type": "string"}},
              "correction": {"type": ["string", "null"]}, "explanation": {"type": "string"},
              "readings": {"type": "array", "items": {"type": "object"}},
              "chart": {"oneOf": [{"$ref": "#/components/schemas/Chart"}, {"type": "null"}]}}}

_SCHEMAS = {
    "Error": {"type": "object", "required": ["error"], "properties": {"error": {
        "type": "object", "required": ["type", "message"],
        "properties": {"type": {"type": "string"}, "message": {"type": "string"}}}}},
    "CheckRequest": {"type": "object", "required": ["text"], "properties": {
        "text": {"type": "string", "description": "Plain text or Markdown (at most the request limit)"},
        "as_of": {"type": ["string", "null"], "format": "date",
                  "description": "When the text was written: also check against the releases of then"},
        "name": {"type": "string", "description": "A name for the text, shown on the result page"}}},
    "Chart": {"type": "object", "properties": {
        "kind": {"type": "string", "enum": ["series", "bars"]}, "title": {"type": "string"},
        "unit": {"type": "string"}, "caption": {"type": "string"},
        "points": {"type": "array", "items": {"type": "object", "properties": {
            "label": {"type": "string"}, "value": {"type": "number"}, "highlight": {"type": "boolean"}}}},
        "lines": {"type": "array", "items": {"type": "object", "properties": {
            "label": {"type": "string"}, "value": {"type": "number"}, "role": {"type": "string"}}}}}},
    "Claim": _CLAIM,
    "Report": {"type": "object", "required": ["id", "url", "claims", "summary"], "properties": {
        "id": {"type": "string"}, "url": {"type": "string"}, "built_at": {"type": "string"},
        "as_of": {"type": ["string", "null"]},
        "summary": {"type": "object", "additionalProperties": {"type": "integer"}},
        "claims": {"type": "array", "items": {"$ref": "#/components/schemas/Claim"}},
        "skipped": {"type": "array", "description": "Passages the checker failed on (an internal error), left out",
                    "items": {"type": "object", "required": ["start", "end", "text", "error"], "properties": {
                        "start": {"type": "integer"}, "end": {"type": "integer"}, "text": {"type": "string"},
                        "error": {"type": "string"}}}}}},
    "Indicator": {"type": "object", "required": ["indicator", "value", "unit", "label"], "properties": {
        "indicator": {"type": "string"}, "params": {"type": "object"},
        "value": {"type": ["number", "null"]}, "unit": {"type": "string"}, "text": {"type": "string"},
        "label": {"type": "string"}, "definition": {"type": "string"},
        "evidence": {"type": "array", "items": {"type": "object"}},
        "components": {"type": "array", "items": {"type": "object"}},
        "notes": {"type": "array", "items": {"type": "string"}},
        "chart": {"oneOf": [{"$ref": "#/components/schemas/Chart"}, {"type": "null"}]}}},
}
