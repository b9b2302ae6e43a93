"""Why a secure (TLS) connection failed, in words the window can translate.

OpenSSL names its failures in capitals ("WRONG_VERSION_NUMBER"), and a
certificate's by a number; a reader should read what went wrong and whether
anything can be done ("the page may be on http://").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.errors import Phrase

if TYPE_CHECKING:
    import ssl

_OLD_PROTOCOL = Phrase("the server only speaks an old version of the protocol, no longer safe")
_NO_COMMON_CIPHER = Phrase("the server and Lisible have no safe way of encrypting in common")
_WEAK_KEY = Phrase("the server's encryption is too weak")
_WEAK_CERTIFICATE = Phrase("the server's certificate is signed or keyed too weakly to be safe")
_UNKNOWN_NAME = Phrase("the server does not serve a site of that name")
#: OpenSSL's reasons a reader may meet, by what they mean.
_REASONS = {
    # Speaking TLS to a server that does not (an https:// address for an http:// site).
    "WRONG_VERSION_NUMBER": Phrase(
        "the server does not offer a secure connection there; the page may be on http://"
    ),
    "TLSV1_ALERT_PROTOCOL_VERSION": _OLD_PROTOCOL,
    "UNSUPPORTED_PROTOCOL": _OLD_PROTOCOL,
    "NO_PROTOCOLS_AVAILABLE": _OLD_PROTOCOL,
    # The server's catch-all refusal: no cipher in common, or a setting it requires.
    "SSLV3_ALERT_HANDSHAKE_FAILURE": Phrase(
        "the server refused the secure connection: its settings and Lisible's do not match"
    ),
    "NO_SHARED_CIPHER": _NO_COMMON_CIPHER,
    "NO_CIPHERS_AVAILABLE": _NO_COMMON_CIPHER,
    "UNSAFE_LEGACY_RENEGOTIATION_DISABLED": Phrase(
        "the server uses an old setting that is no longer safe"
    ),
    "DH_KEY_TOO_SMALL": _WEAK_KEY,
    "EE_KEY_TOO_SMALL": _WEAK_CERTIFICATE,
    "CA_MD_TOO_WEAK": _WEAK_CERTIFICATE,
    "UNEXPECTED_EOF_WHILE_READING": Phrase(
        "the server closed the connection before it was secured"
    ),
    "TLSV1_ALERT_UNRECOGNIZED_NAME": _UNKNOWN_NAME,
    "TLSV1_UNRECOGNIZED_NAME": _UNKNOWN_NAME,
}

_UNKNOWN_AUTHORITY = Phrase("it is signed by an authority this computer does not know")
_OTHER_SITE = Phrase("it is for another site")
_TOO_WEAK = Phrase("its key or signature is too weak to be safe")
#: OpenSSL's certificate verification codes (X509_V_ERR_…) a reader may meet.
_CERTIFICATE_REASONS = {
    9: Phrase("it is not valid yet (is this computer's date right?)"),
    10: Phrase("it has expired"),
    18: Phrase("it is signed by the site itself, not by an authority"),
    19: _UNKNOWN_AUTHORITY,
    20: _UNKNOWN_AUTHORITY,
    21: _UNKNOWN_AUTHORITY,
    23: Phrase("it has been revoked"),
    62: _OTHER_SITE,
    64: _OTHER_SITE,
    66: _TOO_WEAK,
    67: _TOO_WEAK,
    68: _TOO_WEAK,
}


def tls_reason(error: ssl.SSLError) -> Phrase | str:
    """Return what a TLS failure means; OpenSSL's own name for one not listed."""
    return _REASONS.get(error.reason or "") or error.reason or str(error)


def certificate_reason(error: ssl.SSLCertVerificationError) -> Phrase | None:
    """Return why a certificate is not trusted, or None when the code is not a common one."""
    return _CERTIFICATE_REASONS.get(error.verify_code)
