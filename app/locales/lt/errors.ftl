## Errors any server function can answer with (api::ApiError).

# $count: how many fields have a problem (2 or more).
error-fields-need-attention = { $count } fields need your attention.
error-unauthenticated = Please log in first.
error-forbidden = You are not allowed to do this.
error-login-failed = Login failed: the e-mail address or the password is not correct, or the account is locked for 15 minutes after too many attempts. Check both and try again, or use “Lost your password?”.
error-cross-site = This request came from another website and was refused.
# $seconds: how long to wait.
error-rate-limited = Too many attempts. Please wait { $seconds } seconds and try again.
error-too-large = The request is too large: no field of this form takes more than a few thousand characters. Shorten what you entered and try again.
error-internal = Something went wrong on our side. Please try again in a moment.
error-unavailable = The server could not be reached. Check your connection and try again.
# $detail: the decoder's words, in English.
error-unreadable-request = The request could not be read: { $detail }
