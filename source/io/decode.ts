// Bytes → text. Choices: UTF-8 is the default; a UTF-8 BOM is stripped; UTF-16 LE/BE files with
// a BOM are decoded; invalid UTF-8 is decoded with U+FFFD replacement and a notice (the rest of
// the text is still worth reading); NUL bytes near the start mean a binary file, rejected (the
// same test git uses); CRLF and CR-only line ends (old Mac files) become LF.

/** How far into a file NUL bytes mark it as binary (git's heuristic: the first 8,000 bytes). */
export const binaryProbe = 8000;

/** Text with a notice when some bytes had to be replaced. */
type Text = {text: string; notice: string | null};

/** Decoded text plus an optional notice, or the reason the bytes are not text. */
export type Decoded = Text | {error: string};

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Text {
	const text = new TextDecoder(encoding).decode(bytes.subarray(2));
	const notice = bytes.length % 2 === 1 || text.includes('\uFFFD') ? `has broken ${encoding.toUpperCase()} sequences (shown as �)` : null;
	return {text, notice};
}

/** Why bytes without a UTF-16 byte-order mark are not text (NUL bytes near the start), or null; the head of a file is enough. */
export function binaryReason(bytes: Uint8Array): string | null {
	return bytes.subarray(0, binaryProbe).includes(0)
		? 'looks like a binary file (it contains NUL bytes), not text; if it is UTF-16 text, save it with a byte-order mark'
		: null;
}

// Made once: a TextDecoder is stateless between whole (non-streaming) decodes, and making one per
// file showed in the start-up profile of a 10,000-file folder.
const strictUtf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true});
const lenientUtf8 = new TextDecoder('utf-8', {ignoreBOM: true});

/** Decodes file bytes to text with LF line ends, or says why they are not text. */
export function decodeBytes(bytes: Uint8Array): Decoded {
	let decoded: Text;
	if (bytes[0] === 0xff && bytes[1] === 0xfe) decoded = decodeUtf16(bytes, 'utf-16le');
	else if (bytes[0] === 0xfe && bytes[1] === 0xff) decoded = decodeUtf16(bytes, 'utf-16be');
	else {
		const binary = binaryReason(bytes);
		if (binary) return {error: binary};

		const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
		const body = bytes.subarray(start);
		try {
			decoded = {text: strictUtf8.decode(body), notice: null};
		} catch {
			decoded = {
				text: lenientUtf8.decode(body),
				notice: 'is not valid UTF-8 (is it in another encoding?); the undecodable bytes are shown as �',
			};
		}
	}

	return {text: decoded.text.replace(/\r\n?/g, '\n'), notice: decoded.notice};
}
