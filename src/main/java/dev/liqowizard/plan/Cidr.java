package dev.liqowizard.plan;

/** An IPv4 network in CIDR notation whose address is the network address, like 10.42.0.0/16. */
public record Cidr(long network, int prefix) {

	public Cidr {
		if (prefix < 0 || prefix > 32) {
			throw new IllegalArgumentException("prefix length must be 0 to 32");
		}
	}

	public static Cidr parse(String text) {
		int slash = text.indexOf('/');
		String format = "must be an IPv4 network in CIDR notation, like 10.42.0.0/16";
		if (slash < 0 || !text.substring(slash + 1).matches("[0-9]{1,2}")) {
			throw new IllegalArgumentException(format);
		}
		String address = text.substring(0, slash);
		int prefix = Integer.parseInt(text.substring(slash + 1));
		if (!HostAddress.isIpv4(address) || prefix > 32) {
			throw new IllegalArgumentException(format);
		}
		long value = 0;
		for (String part : address.split("\\.")) {
			value = (value << 8) | Integer.parseInt(part);
		}
		long mask = mask(prefix);
		if ((value & ~mask & 0xFFFFFFFFL) != 0) {
			Cidr suggestion = new Cidr(value & mask, prefix);
			throw new IllegalArgumentException("has host bits set: did you mean " + suggestion + "?");
		}
		return new Cidr(value, prefix);
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
