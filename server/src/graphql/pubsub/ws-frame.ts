/**
 * WebSocket text frames as a server sends them (RFC 6455 section 5.2: FIN set, opcode 1, no
 * mask, no extension bits), written straight into a caller's buffer. The fan-out builds one
 * buffer holding every message a connection is owed this round (socket-sink.ts) instead of a
 * buffer, a ws frame and a system call per message. A frame without RSV1 is a plain message
 * even where permessage-deflate was negotiated (RFC 7692), so these are valid on any ws
 * connection.
 */
const FIN_TEXT = 0x81;

/** Bytes of the header of a frame carrying `n` payload bytes. */
export function frameHeaderLength(n: number): number {
  return n < 126 ? 2 : n < 65536 ? 4 : 10;
}

/** Writes the header of a frame carrying `n` payload bytes at `at`; returns where the payload goes. */
export function writeFrameHeader(buf: Buffer, at: number, n: number): number {
  buf[at] = FIN_TEXT;
  if (n < 126) {
    buf[at + 1] = n;
    return at + 2;
  }
  if (n < 65536) {
    buf[at + 1] = 126;
    buf.writeUInt16BE(n, at + 2);
    return at + 4;
  }
  buf[at + 1] = 127;
  buf.writeUInt32BE(Math.floor(n / 2 ** 32), at + 2);
  buf.writeUInt32BE(n >>> 0, at + 6);
  return at + 10;
}
