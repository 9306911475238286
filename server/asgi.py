"""The ASGI entry uvicorn workers import: the app for the database in $BVTE_SERVER_DB."""

import os

from fastapi import FastAPI

from server import logs
from server.app import ServerConfig, create_app
from server.db import make_engine

DB_ENV = "BVTE_SERVER_DB"
TOKEN_TTL_ENV = "BVTE_TOKEN_TTL"
TRUSTED_PROXIES_ENV = "BVTE_TRUSTED_PROXIES"  # comma-separated addresses or CIDR networks


def build() -> FastAPI:
    logs.configure(os.environ.get("BVTE_LOG_LEVEL", "INFO"))
    proxies = os.environ.get(TRUSTED_PROXIES_ENV, "")
    config = ServerConfig(token_ttl=int(os.environ.get(TOKEN_TTL_ENV, "900")),
                          trusted_proxies=tuple(p.strip() for p in proxies.split(",")
                                                if p.strip()))
    return create_app(make_engine(os.environ.get(DB_ENV)), config)
