package computequest.endpoint;

import computequest.sim.model.ServiceModel;

/** The wire protocols of the simulated services, with the codes each uses for its own kinds of refusal. */
enum Protocol {
    EC2("InvalidParameterValue", "InvalidAction", "RequestLimitExceeded"),
    QUERY("ValidationError", "InvalidAction", "Throttling"),
    JSON("ValidationException", "UnknownOperationException", "ThrottlingException"),
    REST_JSON("ValidationException", "UnknownOperationException", "TooManyRequestsException"),
    REST_XML("InvalidArgument", "MethodNotAllowed", "SlowDown"),
    /**
     * The query protocol spoken to a service whose model is JSON now: SQS moved in 2023, and older CLIs (the 2.9 of
     * Debian) still send it forms. Lists and maps are flattened and named in the singular, as SQS's old model had it.
     */
    LEGACY_QUERY("InvalidParameterValue", "InvalidAction", "RequestThrottled");

    /** A parameter the service does not accept. */
    final String invalid;
    /** An operation the service does not have. */
    final String unknownOperation;
    /** Too many requests. */
    final String throttled;

    Protocol(String invalid, String unknownOperation, String throttled) {
        this.invalid = invalid;
        this.unknownOperation = unknownOperation;
        this.throttled = throttled;
    }

    /** The protocol a request speaks to its service: the model's, or the old query protocol for a form with an Action. */
    static Protocol of(ServiceModel service, WireRequest req) {
        Protocol p = of(service);
        String type = req.header("content-type");
        if (p == JSON && type != null && type.startsWith("application/x-www-form-urlencoded")) {
            return LEGACY_QUERY;
        }
        return p;
    }

    static Protocol of(ServiceModel service) {
        return switch (String.valueOf(service.metadata("protocol"))) {
            case "ec2" -> EC2;
            case "query" -> QUERY;
            case "json" -> JSON;
            case "rest-json" -> REST_JSON;
            case "rest-xml" -> REST_XML;
            default -> throw new IllegalStateException("no codec for protocol " + service.metadata("protocol"));
        };
    }
}
