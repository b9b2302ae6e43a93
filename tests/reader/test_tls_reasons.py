"""Why a secure connection failed, as the window can translate it."""

from __future__ import annotations

import ssl

from reader.errors import Phrase
from reader.tls_reasons import certificate_reason, tls_reason


def _tls_error(reason: str) -> ssl.SSLError:
    error = ssl.SSLError(1, f"[SSL: {reason}] {reason.lower()} (_ssl.c:1000)")
    error.reason = reason
    return error


def test_an_old_server_is_told_in_words_not_openssls_name() -> None:
    assert tls_reason(_tls_error("TLSV1_ALERT_PROTOCOL_VERSION")) == Phrase(
        "the server only speaks an old version of the protocol, no longer safe"
    )


def test_a_rare_failure_keeps_openssls_name() -> None:
    assert tls_reason(_tls_error("BAD_ECPOINT")) == "BAD_ECPOINT"


def test_an_expired_certificate_is_told_and_a_rare_code_is_not_guessed() -> None:
    expired = ssl.SSLCertVerificationError(1, "certificate verify failed")
    expired.verify_code = 10
    assert certificate_reason(expired) == Phrase("it has expired")
    odd = ssl.SSLCertVerificationError(1, "certificate verify failed")
    odd.verify_code = 43
    assert certificate_reason(odd) is None
