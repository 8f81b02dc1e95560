package computequest.endpoint;

import computequest.sim.model.ServiceModel;

/** The wire protocols of the simulated services, with the codes each uses for its own kinds of refusal. */
enum Protocol {
    EC2("InvalidParameterValue", "InvalidAction", "RequestLimitExceeded"),
    QUERY("ValidationError", "InvalidAction", "Throttling"),
    JSON("ValidationException", "UnknownOperationException", "ThrottlingException"),
    REST_JSON("ValidationException", "UnknownOperationException", "TooManyRequestsException"),
    REST_XML("InvalidArgument", "MethodNotAllowed", "SlowDown");

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
