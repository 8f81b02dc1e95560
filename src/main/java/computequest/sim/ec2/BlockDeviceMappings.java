package computequest.sim.ec2;

import computequest.sim.Catalog;
import computequest.sim.CliException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * run-instances' --block-device-mappings, in shorthand or JSON: a mapping under the AMI's root device name (/dev/xvda
 * on Amazon Linux, /dev/sda1 on Ubuntu and Windows) sets the root volume; one under any other name adds an empty EBS
 * volume, which needs a size.
 */
final class BlockDeviceMappings {

    private BlockDeviceMappings() {
    }

    private static final Pattern ENCRYPTED = Pattern.compile("\"?Encrypted\"?\\s*[=:]\\s*\"?(true|false)\"?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SIZE = Pattern.compile("\"?VolumeSize\"?\\s*[=:]\\s*\"?(\\d+)\"?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DEVICE = Pattern.compile("\"?DeviceName\"?\\s*[=:]\\s*\"?([^\",}\\s]+)");

    static Ec2Ops.RootVolume parse(String mapping, Image image) {
        if (mapping == null) {
            return new Ec2Ops.RootVolume(false, Catalog.DEFAULT_ROOT_GIB);
        }
        List<String> mappings = split(mapping);
        if (mappings.stream().noneMatch(m -> DEVICE.matcher(m).find())) {
            return root(mapping);
        }
        Ec2Ops.RootVolume root = new Ec2Ops.RootVolume(false, Catalog.DEFAULT_ROOT_GIB);
        Map<String, String> extra = new java.util.LinkedHashMap<>();
        for (String one : mappings) {
            Matcher name = DEVICE.matcher(one);
            if (!name.find()) {
                continue;
            }
            if (name.group(1).equals(image.rootDeviceName())) {
                root = root(one);
            } else {
                Matcher s = SIZE.matcher(one);
                if (!s.find()) {
                    throw new CliException("InvalidBlockDeviceMapping", name.group(1) + " is not the root device of "
                            + image.imageId() + " (" + image.rootDeviceName() + "), so it is a new, empty EBS"
                            + " volume and needs a size: Ebs={VolumeSize=GIB}.");
                }
                int gib = Integer.parseInt(s.group(1));
                if (gib < 1 || gib > 16384) {
                    throw new CliException("InvalidBlockDeviceMapping", "VolumeSize must be from 1 to 16384 GiB,"
                            + " not " + gib + ".");
                }
                extra.put(name.group(1), Integer.toString(gib));
            }
        }
        return new Ec2Ops.RootVolume(root.encrypted(), root.sizeGib(), extra);
    }

    /**
     * The mappings one by one: the objects of a JSON list (their members in any order), or the words of the CLI's
     * shorthand ("DeviceName=/dev/sda1,Ebs={VolumeSize=20} DeviceName=/dev/sdh,Ebs={VolumeSize=100}").
     */
    private static List<String> split(String mapping) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder one = new StringBuilder();
        boolean json = mapping.strip().startsWith("[");
        for (char c : mapping.strip().toCharArray()) {
            depth += c == '{' || c == '[' ? 1 : c == '}' || c == ']' ? -1 : 0;
            boolean boundary = json ? depth <= 1 && (c == ',' || c == '[' || c == ']') : depth == 0 && c == ' ';
            if (boundary) {
                if (!one.toString().isBlank()) {
                    out.add(one.toString());
                }
                one.setLength(0);
            } else {
                one.append(c);
            }
        }
        if (!one.toString().isBlank()) {
            out.add(one.toString());
        }
        return out;
    }

    private static Ec2Ops.RootVolume root(String mapping) {
        Matcher e = ENCRYPTED.matcher(mapping);
        Matcher s = SIZE.matcher(mapping);
        boolean encrypted = e.find() && e.group(1).equalsIgnoreCase("true");
        int size = Catalog.DEFAULT_ROOT_GIB;
        if (s.find()) {
            size = Integer.parseInt(s.group(1));
            if (size < Catalog.DEFAULT_ROOT_GIB || size > 16384) {
                throw new CliException("InvalidBlockDeviceMapping", "VolumeSize must be from "
                        + Catalog.DEFAULT_ROOT_GIB + " GiB (the AMI's snapshot) to 16384 GiB, not " + size + ".");
            }
        }
        return new Ec2Ops.RootVolume(encrypted, size);
    }
}
