"""Property-based check of the API against its own OpenAPI schema: no input gives a 5xx.

Valid and invalid inputs (schemathesis' positive and negative modes) for every
operation; its "coverage" phase is off because it alone takes minutes here.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from diplomap.web.app import create_app

from api_fixtures import build_fixture_db

CONFIG = {
    "phases": {"coverage": {"enabled": False}},
    "generation": {"mode": "all"},
}


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    db = build_fixture_db(tmp_path_factory.mktemp("schema") / "schema.db")
    config = schemathesis.config.SchemathesisConfig.from_dict(CONFIG)
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(db), config=config)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=25, deadline=None, database=None,  # per route: the suite stays < 10 min
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                 HealthCheck.function_scoped_fixture])
def test_no_server_errors(case) -> None:
    case.call_and_validate(checks=[not_a_server_error])
