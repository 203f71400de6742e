using System.Text;
using System.Text.Unicode;
using Welfare.SharedKernel.Application.Errors;

namespace Welfare.SharedKernel.Application.Imports;

/// <summary>The character sets an uploaded text file (CSV) may be written in.</summary>
public enum TextCharset
{
    [Label("UTF-8（文字コード）", "UTF-8")]
    Utf8,

    /// <summary>Shift_JIS as Windows writes it (code page 932, with the NEC and IBM extensions): what most Japanese personnel systems export.</summary>
    [Label("シフトJIS（Windows-31J）", "Shift_JIS (Windows code page 932)")]
    ShiftJis,
}

/// <summary>
/// Turns an uploaded text file into text: UTF-8 (with or without BOM) or Shift_JIS (CP932), as the
/// <c>charset</c> of its Content-Type names it or, without one, as detected (valid UTF-8 is UTF-8, anything
/// else is read as CP932). Bytes that do not decode are never replaced by '?' or U+FFFD, which would store a
/// wrong name silently: the file is refused (400) naming the first line that does not decode.
/// </summary>
public static class ImportText
{
    /// <summary>The <c>charset</c> values of a Content-Type that uploads accept (case-insensitive); any other is 415.</summary>
    public static readonly IReadOnlyDictionary<string, TextCharset> CharsetNames = new Dictionary<string, TextCharset>(StringComparer.OrdinalIgnoreCase)
    {
        ["utf-8"] = TextCharset.Utf8,
        ["utf8"] = TextCharset.Utf8,
        ["shift_jis"] = TextCharset.ShiftJis,
        ["cp932"] = TextCharset.ShiftJis,
        ["windows-31j"] = TextCharset.ShiftJis,
        ["sjis"] = TextCharset.ShiftJis,
    };

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // From the provider directly, so that nothing process-wide (Encoding.RegisterProvider) changes.
    private static readonly Encoding Cp932 = CodePagesEncodingProvider.Instance.GetEncoding(932)
        ?? throw new InvalidOperationException("Code page 932 is not available.");

    private static readonly Encoding StrictCp932 = CodePagesEncodingProvider.Instance.GetEncoding(932, EncoderFallback.ExceptionFallback, new Cp932DuplicatesOrThrow())!;

    /// <summary>The charset a Content-Type's <c>charset</c> parameter names; null (not given) means detect. False for one not accepted.</summary>
    public static bool TryGetCharset(string? name, out TextCharset? charset)
    {
        charset = null;
        if (string.IsNullOrWhiteSpace(name))
        {
            return true;
        }

        if (CharsetNames.TryGetValue(name.Trim(), out var named))
        {
            charset = named;
            return true;
        }

        return false;
    }

    /// <summary>Which charset a file without a named one is in: valid UTF-8 (plain ASCII included) is UTF-8, else CP932.</summary>
    public static TextCharset Detect(ReadOnlySpan<byte> bytes) => Utf8.IsValid(bytes) ? TextCharset.Utf8 : TextCharset.ShiftJis;

    /// <summary>Decodes the whole file; a leading UTF-8 byte order mark is dropped.</summary>
    /// <exception cref="InvalidRequestException">Keyed <c>body</c>, naming the first line (from 1) that does not decode.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, TextCharset? charset)
    {
        var detected = charset is null;
        var actual = charset ?? Detect(bytes);
        if (actual == TextCharset.Utf8 && bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        var encoding = actual == TextCharset.Utf8 ? StrictUtf8 : StrictCp932;
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var line = FirstUndecodableLine(bytes, encoding);
            var name = actual == TextCharset.Utf8 ? "UTF-8" : "Shift_JIS (CP932)";
            throw new InvalidRequestException("body", detected
                ? new LocalizedText(
                    $"{line} 行目は UTF-8 としても Shift_JIS (CP932) としても読めません。ファイルの文字コードを確認してください。",
                    $"Line {line} is neither UTF-8 nor Shift_JIS (CP932) text: check the file's character set.")
                : new LocalizedText(
                    $"{line} 行目は {name} として読めません。ファイルの文字コードと Content-Type の charset を確認してください。",
                    $"Line {line} is not {name} text: check the file's character set and the charset of the Content-Type."));
        }
    }

    /// <summary>
    /// Lines end at LF, a byte that is never part of a multi-byte character in UTF-8 or CP932 (whose second bytes
    /// are 0x40 and above), so each line decodes on its own.
    /// </summary>
    private static int FirstUndecodableLine(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        var line = 1;
        while (true)
        {
            var end = bytes.IndexOf((byte)'\n');
            var text = end < 0 ? bytes : bytes[..end];
            try
            {
                encoding.GetCharCount(text);
            }
            catch (DecoderFallbackException)
            {
                return line;
            }

            if (end < 0)
            {
                return line;
            }

            bytes = bytes[(end + 1)..];
            line++;
        }
    }

    /// <summary>
    /// CP932 writes some kanji and symbols twice: the NEC-selected IBM extensions (rows 0xED–0xEE, e.g. 髙 as 0xEEE0)
    /// and NEC row 13 (0x87xx) repeat characters of the IBM extensions (0xFAxx–0xFCxx) and of JIS X 0208. Windows
    /// reads both, and systems write either, but .NET keeps the second spelling in its best-fit table, which a strict
    /// decoder does not consult. This fallback reads such a pair with the best-fit decoder; anything that decoder
    /// cannot read either (it answers '・', U+30FB, its replacement; the real '・' is 0x8145 and never comes here)
    /// refuses the file.
    /// </summary>
    private sealed class Cp932DuplicatesOrThrow : DecoderFallback
    {
        public override int MaxCharCount => 2;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer();

        private sealed class Buffer : DecoderFallbackBuffer
        {
            private string _chars = string.Empty;
            private int _next;

            public override int Remaining => _chars.Length - _next;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                var chars = Cp932.GetString(bytesUnknown);
                if (chars.Length == 0 || chars.Contains('\u30FB', StringComparison.Ordinal))
                {
                    throw new DecoderFallbackException("Not CP932.", bytesUnknown, index);
                }

                _chars = chars;
                _next = 0;
                return true;
            }

            public override char GetNextChar() => _next < _chars.Length ? _chars[_next++] : '\0';

            public override bool MovePrevious()
            {
                if (_next == 0)
                {
                    return false;
                }

                _next--;
                return true;
            }

            public override void Reset()
            {
                _chars = string.Empty;
                _next = 0;
            }
        }
    }
}
