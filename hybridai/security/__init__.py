"""Security primitives for the REST server: API keys and HMAC request signing."""
