"""Identity hash codes (Object.hashCode, System.identityHashCode)."""


class IdentityHashes:
    """Marsaglia xor-shift, as HotSpot's default: deterministic from run to run."""

    def __init__(self):
        self.x, self.y, self.z, self.w = 123456789, 362436069, 521288629, 88675123

    def next(self):
        t = (self.x ^ (self.x << 11)) & 0xFFFFFFFF
        self.x, self.y, self.z = self.y, self.z, self.w
        self.w = ((self.w ^ (self.w >> 19)) ^ (t ^ (t >> 8))) & 0xFFFFFFFF
        return (self.w & 0x7FFFFFFF) or 1


_hashes = IdentityHashes()


def identity_hash(obj):
    if obj is None:
        return 0
    if obj.ihash == 0:
        obj.ihash = _hashes.next()
    return obj.ihash
