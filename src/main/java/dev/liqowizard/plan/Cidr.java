package dev.liqowizard.plan;

import java.util.regex.Pattern;

/** An IPv4 network in CIDR notation whose address is the network address, like 10.42.0.0/16. */
public record Cidr(long network, int prefix) {

	/** A prefix length: ASCII digits, no sign, no leading zero. */
	private static final Pattern PREFIX = Pattern.compile("0|[1-9][0-9]?");

	public Cidr {
		if (prefix < 0 || prefix > 32) {
			throw new IllegalArgumentException("prefix length must be 0 to 32");
		}
	}

	/**
	 * Parses strictly: a dotted IPv4 address of ASCII digits without signs or leading zeros, a
	 * slash, and a prefix length from 0 to 32.
	 */
	public static Cidr parse(String text) {
		int slash = text.indexOf('/');
		String format = "must be an IPv4 network in CIDR notation, like 10.42.0.0/16: four numbers from 0 to 255 "
				+ "without leading zeros, a slash and a prefix length from 0 to 32";
		if (slash < 0) {
			throw new InvalidValueException(format);
		}
		String address = text.substring(0, slash);
		String prefixText = text.substring(slash + 1);
		if (!HostAddress.isIpv4(address) || !PREFIX.matcher(prefixText).matches()
				|| HostAddress.asciiNumber(prefixText) > 32) {
			throw new InvalidValueException(format);
		}
		int prefix = HostAddress.asciiNumber(prefixText);
		long value = HostAddress.ipv4Value(address);
		long mask = mask(prefix);
		if ((value & ~mask & 0xFFFFFFFFL) != 0) {
			Cidr suggestion = new Cidr(value & mask, prefix);
			throw new InvalidValueException("has host bits set: did you mean " + suggestion + "?");
		}
		return new Cidr(value, prefix);
	}

	/** Whether the address lies inside this network. */
	public boolean contains(long address) {
		return (address & mask(this.prefix)) == this.network;
	}

	/** How many addresses the network holds. */
	public long size() {
		return 1L << (32 - this.prefix);
	}

	private static long mask(int prefix) {
		return (prefix == 0) ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
	}

	public boolean overlaps(Cidr other) {
		long common = mask(Math.min(this.prefix, other.prefix));
		return (this.network & common) == (other.network & common);
	}

	@Override
	public String toString() {
		return ((this.network >> 24) & 0xFF) + "." + ((this.network >> 16) & 0xFF) + "." + ((this.network >> 8) & 0xFF)
				+ "." + (this.network & 0xFF) + "/" + this.prefix;
	}

}
