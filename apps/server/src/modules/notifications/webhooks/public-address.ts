import ipaddr from "ipaddr.js";

// Only global unicast is public: loopback, private, link-local (169.254.169.254, the cloud metadata
// service), unique-local, CGNAT, reserved, multicast, NAT64/6to4/Teredo and the like are all refused.
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parse("2000::");

/** Whether a literal IPv4 or IPv6 address is public unicast (an IPv4-mapped one judged as IPv4). */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv4") return parsed.range() === "unicast";
  const v6 = parsed as ipaddr.IPv6;
  if (v6.isIPv4MappedAddress()) return isPublicAddress(v6.toIPv4Address().toString());
  return v6.range() === "unicast" && v6.match(GLOBAL_UNICAST_V6, 3);
}

/** A URL host ("[::1]", "127.0.0.1", "hooks.example.com") as an IP literal, or null for a name. */
export function ipLiteralOf(hostname: string): string | null {
  const bare =
    hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
  // WHATWG URL has already turned decimal, octal and hex IPv4 forms into dotted decimal.
  return ipaddr.IPv4.isValidFourPartDecimal(bare) || ipaddr.IPv6.isValid(bare) ? bare : null;
}
