"""Errors that stop one article, each with a stable code the run report and CI can match on.

Codes: E1xx reading input, E2xx parsing, E3xx extraction, E4xx schema validation, E5xx writing.
Anything recoverable is a warning on the record instead, never an exception.
"""

from __future__ import annotations


class PipelineError(Exception):
    """One article could not be turned into output; the batch goes on."""

    code = "E000"
    stage = "pipeline"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code:
            self.code = code


class ReadError(PipelineError):
    code = "E100"
    stage = "read"


class ParseError(PipelineError):
    code = "E200"
    stage = "parse"


class ExtractError(PipelineError):
    code = "E300"
    stage = "extract"


class SchemaError(PipelineError):
    code = "E400"
    stage = "validate"


class WriteError(PipelineError):
    code = "E500"
    stage = "write"
