package computequest.sim.ec2;

/** EC2 instance states with the codes the EC2 API reports. */
public enum InstanceState {
    PENDING(0, "pending"),
    RUNNING(16, "running"),
    SHUTTING_DOWN(32, "shutting-down"),
    TERMINATED(48, "terminated"),
    STOPPING(64, "stopping"),
    STOPPED(80, "stopped");

    private final int code;
    private final String apiName;

    InstanceState(int code, String apiName) {
        this.code = code;
        this.apiName = apiName;
    }

    public int code() {
        return code;
    }

    public String apiName() {
        return apiName;
    }

    public static InstanceState fromApiName(String name) {
        for (InstanceState s : values()) {
            if (s.apiName.equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no EC2 instance state is called '" + name + "'");
    }
}
