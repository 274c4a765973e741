"""The shapes Claude must answer in, as pydantic models and as tool input schemas.

Each step's answer comes back as the input of a "record_*" tool call. The same pydantic model
both produces the JSON schema the tool declares and validates what comes back, so the two can
not drift apart. The validation error text is sent back to Claude for its one repair attempt,
so the messages are written for a model to act on.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    model_validator,
)

NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]

MAX_CLAIMS = 12
MAX_TAGS = 8


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SummaryClaim(_Strict):
    text: NonEmpty = Field(description="One factual sentence of the summary, in your words.")
    quote: NonEmpty = Field(
        description="The article's own words that support the sentence, copied exactly."
    )


class SummaryOutput(_Strict):
    claims: list[SummaryClaim] = Field(
        min_length=1,
        max_length=MAX_CLAIMS,
        description="The summary, one claim per sentence, most important first.",
    )


class ClaimCheckOutput(_Strict):
    index: int = Field(ge=0, description="The claim's index in the <claims> list.")
    verdict: Literal["supported", "unsupported", "unverifiable"] = Field(
        description=(
            "supported: the article says it; unsupported: the article does not say it or says "
            "otherwise; unverifiable: nothing in it can be checked against the article."
        )
    )
    evidence: NonEmpty = Field(
        description="The article's words that decide the verdict, or why there are none."
    )


class ChecksOutput(_Strict):
    checks: list[ClaimCheckOutput] = Field(
        min_length=1, description="Exactly one verdict for every claim, by index."
    )

    @model_validator(mode="after")
    def _one_per_claim(self, info: ValidationInfo) -> ChecksOutput:
        # The number of claims is only known per request, so it comes in the context.
        context = info.context if isinstance(info.context, dict) else {}
        count = context.get("claims")
        if not isinstance(count, int):
            return self
        seen = [check.index for check in self.checks]
        out_of_range = sorted({i for i in seen if i >= count})
        if out_of_range:
            raise ValueError(
                f"indices {out_of_range} are out of range: there are {count} claims, "
                f"indexed 0 to {count - 1}"
            )
        repeated = sorted({i for i in seen if seen.count(i) > 1})
        if repeated:
            raise ValueError(f"claims {repeated} have more than one verdict; give exactly one")
        missing = sorted(set(range(count)) - set(seen))
        if missing:
            raise ValueError(f"claims {missing} have no verdict; give one for every claim")
        return self


class TagsOutput(_Strict):
    tags: list[NonEmpty] = Field(
        min_length=1,
        max_length=MAX_TAGS,
        description="Short topic tags for the article, lower case, most specific first.",
    )

    @model_validator(mode="after")
    def _distinct(self) -> TagsOutput:
        lowered = [tag.lower() for tag in self.tags]
        if len(set(lowered)) != len(lowered):
            raise ValueError("tags repeat; give each tag once")
        return self


def tool_schema(model: type[BaseModel]) -> dict[str, Any]:
    """`model`'s JSON schema, self-contained (no $ref) and without pydantic's titles.

    Inlined because a flat schema is what the model reads best, and deterministic because the
    tools are part of the cached prompt prefix: a byte that differs between calls loses the
    cache.
    """
    schema = model.model_json_schema()
    definitions: dict[str, Any] = schema.pop("$defs", {})

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                return inline(definitions[ref.rsplit("/", 1)[-1]])
            return {
                key: inline(value)
                for key, value in node.items()
                if not (key == "title" and isinstance(value, str))
            }
        if isinstance(node, list):
            return [inline(item) for item in node]
        return node

    result: dict[str, Any] = inline(schema)
    return result
