"""The errors services raise, under the name services have always used; they are defined in
app.errors so that the layers below services (exchange) raise the same ones without
importing services."""

from app.errors import (
    QT_TRANSLATE_NOOP,
    Conflict,
    InvalidInput,
    Message,
    NotFound,
    PermissionDenied,
    ServiceError,
    msg,
)

__all__ = ["QT_TRANSLATE_NOOP", "Conflict", "InvalidInput", "Message", "NotFound",
           "PermissionDenied", "ServiceError", "msg"]
