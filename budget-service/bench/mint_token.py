"""Mints a development bearer token for the benchmark, signed with the benchmark's own key pair."""
import base64
import json
import sys
import time

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def main(private_key_path: str, role: str) -> None:
    with open(private_key_path, "rb") as f:
        key = serialization.load_pem_private_key(f.read(), password=None)
    now = int(time.time())
    header = {"alg": "RS256", "typ": "JWT"}
    claims = {"iss": "https://iat.local/issuer", "aud": "iat-suite", "sub": role + "-bench",
              "upn": role + "-bench", "groups": [role], "iat": now, "exp": now + 3600,
              # The owner of the benchmark's lines: a controller writes only its own organisation's (ADR 0015).
              "organisation": "6f1c2a7e-2d4b-4c55-9a0e-1b2c3d4e5f60"}
    signing_input = b64(json.dumps(header).encode()) + "." + b64(json.dumps(claims).encode())
    signature = key.sign(signing_input.encode(), padding.PKCS1v15(), hashes.SHA256())
    print(signing_input + "." + b64(signature))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
