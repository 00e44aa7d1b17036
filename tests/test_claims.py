"""Claims of the sample articles: every field of Claim, made as Claim(**fields) would make it."""
from __future__ import annotations

import dataclasses

import pytest
from runner import SOURCES

from crosscheck.claims import build_claims
from crosscheck.extract import extract_mentions
from crosscheck.load import find_sources, read_file
from crosscheck.model import Claim

FIELDS = [field.name for field in dataclasses.fields(Claim)]


def _claims(path) -> list[Claim]:
    source = read_file(path)
    mentions = extract_mentions(source)
    return build_claims(source, mentions)


@pytest.mark.parametrize("path", find_sources([str(SOURCES)]), ids=lambda file: file.path.rsplit("/", 1)[-1])
def test_a_claim_is_what_its_dataclass_would_make_of_its_fields(path):
    claims = _claims(path)
    assert claims
    for claim in claims:
        assert list(vars(claim)) == FIELDS, claim.quote  # every field, in order, and nothing else
        made = Claim(**{name: getattr(claim, name) for name in FIELDS})
        assert made == claim and repr(made) == repr(claim) and hash(made) == hash(claim), claim.quote


def test_a_claim_stays_frozen():
    claim = _claims(find_sources([str(SOURCES)])[0])[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        claim.subject = "Meta"
