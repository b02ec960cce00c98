"""Model stage: pydantic v2 models of the schema.org nodes we emit.

The models guard what the code can construct (types, required fields, non-empty names); the
hand-written `schemas/` guard what is finally written. Keeping both means a bug in one is caught
by the other. Field order is output order, so output is deterministic.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

T = TypeVar("T")
Many = Annotated[list[T], Field(min_length=1)]
NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
IsoDate = Annotated[
    str,
    StringConstraints(pattern=r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"),
]

STATUSES = ("announced", "renewed", "in production", "premiered", "ended", "cancelled")
ROLE_KINDS = ("series regular", "recurring", "guest star")
CREW_ROLES = ("creator", "showrunner", "executive producer", "director")

Status = Literal["announced", "renewed", "in production", "premiered", "ended", "cancelled"]
RoleKind = Literal["series regular", "recurring", "guest star"]
ProducerRole = Literal["showrunner", "executive producer"]


class Node(BaseModel):
    model_config = ConfigDict(
        extra="forbid", frozen=True, validate_by_name=True, validate_by_alias=True
    )


class Ref(Node):
    id: NonEmpty = Field(alias="@id")


class Person(Node):
    type: Literal["Person"] = Field("Person", alias="@type")
    name: NonEmpty


class Organization(Node):
    type: Literal["Organization"] = Field("Organization", alias="@type")
    name: NonEmpty


class Place(Node):
    type: Literal["Place"] = Field("Place", alias="@type")
    name: NonEmpty


class CreativeWork(Node):
    type: Literal["CreativeWork"] = Field("CreativeWork", alias="@type")
    name: NonEmpty


class Role(Node):
    """schema.org's Role pattern: the role wraps the value of the property it qualifies."""

    type: Literal["Role"] = Field("Role", alias="@type")
    role_name: ProducerRole | Many[ProducerRole] = Field(alias="roleName")
    producer: Person


class PerformanceRole(Node):
    type: Literal["PerformanceRole"] = Field("PerformanceRole", alias="@type")
    actor: Person
    character_name: NonEmpty | None = Field(None, alias="characterName")
    role_name: RoleKind | None = Field(None, alias="roleName")


class CreativeWorkSeason(Node):
    type: Literal["CreativeWorkSeason"] = Field("CreativeWorkSeason", alias="@type")
    id: NonEmpty = Field(alias="@id")
    season_number: int = Field(alias="seasonNumber", ge=0, strict=True)
    part_of_series: Ref = Field(alias="partOfSeries")
    start_date: IsoDate | None = Field(None, alias="startDate")
    creative_work_status: Status | None = Field(None, alias="creativeWorkStatus")
    location_created: Many[Place] | None = Field(None, alias="locationCreated")
    actor: Many[PerformanceRole | Person] | None = None


class TVSeries(Node):
    type: Literal["TVSeries"] = Field("TVSeries", alias="@type")
    id: NonEmpty = Field(alias="@id")
    name: NonEmpty
    publisher: Many[Organization] | None = None
    production_company: Many[Organization] | None = Field(None, alias="productionCompany")
    creator: Many[Person] | None = None
    director: Many[Person] | None = None
    producer: Many[Role] | None = None
    is_based_on: Many[CreativeWork] | None = Field(None, alias="isBasedOn")
    contains_season: Many[Ref] | None = Field(None, alias="containsSeason")
    actor: Many[PerformanceRole | Person] | None = None


class NewsArticle(Node):
    type: Literal["NewsArticle"] = Field("NewsArticle", alias="@type")
    id: NonEmpty = Field(alias="@id")
    headline: NonEmpty | None = None
    date_published: IsoDate | None = Field(None, alias="datePublished")
    url: NonEmpty | None = None
    author: Many[Person] | None = None
    about: Many[Ref] | None = None

    @field_validator("headline")
    @classmethod
    def _one_line(cls, value: str | None) -> str | None:
        return re.sub(r"\s+", " ", value) if value else value


class Document(Node):
    context: Literal["https://schema.org"] = Field("https://schema.org", alias="@context")
    graph: list[NewsArticle | TVSeries | CreativeWorkSeason] = Field(alias="@graph")

    def to_jsonld(self) -> dict[str, object]:
        """The JSON-LD dict: aliases as keys, absent facts left out."""
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)
