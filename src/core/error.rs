//! Everything that can go wrong in a call, as one enum. The face
//! (`wasm::js_error`) turns each variant into the matching JavaScript error class.

use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Error {
    /// Bad configuration or arguments: nothing was sent.
    #[error("{0}")]
    Configuration(String),
    /// ChartMogul answered with a non-2xx status; `message` carries its words.
    #[error("HTTP {status}: {message}")]
    Http { status: u16, message: String },
    /// No HTTP answer at all (DNS, reset, CORS, ...).
    #[error("connection failed: {0}")]
    Connection(String),
    /// The connection was refused: the request surely never reached a server.
    #[error("connection refused: {0}")]
    Refused(String),
    /// No answer within the attempt's timeout or the call's deadline (ms).
    #[error("no answer within {0} ms")]
    Timeout(u32),
    /// A 2xx answer that is not JSON or does not fit the schema.
    #[error("{0}")]
    InvalidResponse(String),
}

impl Error {
    /// The name of the JavaScript class this error becomes.
    pub fn class_name(&self) -> &'static str {
        match self {
            Error::Configuration(_) => "ConfigurationError",
            Error::Http { status, .. } => match status {
                400 => "SchemaInvalidError",
                401 | 403 => "ForbiddenError",
                404 => "NotFoundError",
                422 => "ResourceInvalidError",
                429 => "RateLimitError",
                500..=599 => "ServerError",
                _ => "ChartMogulError",
            },
            Error::Connection(_) | Error::Refused(_) => "ConnectionError",
            Error::Timeout(_) => "TimeoutError",
            Error::InvalidResponse(_) => "InvalidResponseError",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn http(status: u16) -> Error {
        Error::Http {
            status,
            message: "x".into(),
        }
    }

    #[test]
    fn each_status_family_maps_to_its_class() {
        assert_eq!(http(400).class_name(), "SchemaInvalidError");
        assert_eq!(http(401).class_name(), "ForbiddenError");
        assert_eq!(http(403).class_name(), "ForbiddenError");
        assert_eq!(http(404).class_name(), "NotFoundError");
        assert_eq!(http(422).class_name(), "ResourceInvalidError");
        assert_eq!(http(429).class_name(), "RateLimitError");
        assert_eq!(http(500).class_name(), "ServerError");
        assert_eq!(http(503).class_name(), "ServerError");
        assert_eq!(http(599).class_name(), "ServerError");
    }

    #[test]
    fn unlisted_statuses_fall_back_to_the_base_class() {
        assert_eq!(http(409).class_name(), "ChartMogulError");
        assert_eq!(http(302).class_name(), "ChartMogulError");
    }

    #[test]
    fn non_http_errors_map_to_their_own_classes() {
        assert_eq!(
            Error::Configuration("x".into()).class_name(),
            "ConfigurationError"
        );
        assert_eq!(
            Error::Connection("x".into()).class_name(),
            "ConnectionError"
        );
        assert_eq!(
            Error::InvalidResponse("x".into()).class_name(),
            "InvalidResponseError"
        );
    }

    #[test]
    fn http_message_names_the_status_and_the_servers_words() {
        let e = Error::Http {
            status: 404,
            message: "Data source not found".into(),
        };
        assert_eq!(e.to_string(), "HTTP 404: Data source not found");
    }
}
