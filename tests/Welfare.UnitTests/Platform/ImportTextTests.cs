using System.Text;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Imports;

namespace Welfare.UnitTests.Platform;

public sealed class ImportTextTests
{
    private static readonly byte[] Header = Encoding.ASCII.GetBytes("id,name\r\n");

    private static byte[] Bytes(params byte[][] parts) => [.. parts.SelectMany(p => p)];

    [TestCase(new byte[] { 0xFB, 0xFC }, Description = "IBM extension")]
    [TestCase(new byte[] { 0xEE, 0xE0 }, Description = "NEC-selected IBM extension: the same kanji, as some systems write it")]
    public void Both_CP932_spellings_of_a_kanji_read_as_that_kanji(byte[] takashi)
    {
        var text = ImportText.Decode(Bytes(Header, "E1,"u8.ToArray(), takashi, "\r\n"u8.ToArray()), TextCharset.ShiftJis);

        Assert.That(text, Is.EqualTo("id,name\r\nE1,髙\r\n"));
    }

    [Test]
    public void NEC_row_13_reads_as_the_symbols_it_repeats()
    {
        var text = ImportText.Decode([0x87, 0x40, 0x87, 0x90, 0x81, 0x45], TextCharset.ShiftJis);

        Assert.That(text, Is.EqualTo("①≒・"));
    }

    [TestCase(TextCharset.ShiftJis, "Line 3 is not Shift_JIS (CP932) text")]
    [TestCase(null, "Line 3 is neither UTF-8 nor Shift_JIS (CP932) text")]
    public void A_lead_byte_without_its_second_byte_refuses_the_file_naming_its_line(TextCharset? charset, string message)
    {
        var file = Bytes(Header, "E1,ok\r\n"u8.ToArray(), [(byte)'E', (byte)'2', (byte)',', 0x81, 0x20, (byte)'\r', (byte)'\n'], "E3,ok\r\n"u8.ToArray());

        var refused = Assert.Throws<InvalidRequestException>(() => ImportText.Decode(file, charset))!;

        Assert.That(refused.Field, Is.EqualTo("body"));
        Assert.That(refused.Text.English, Does.StartWith(message));
        Assert.That(refused.Text.Japanese, Does.StartWith("3 行目"));
    }

    [Test]
    public void Invalid_UTF8_named_as_UTF8_is_refused_and_not_read_as_CP932()
    {
        var file = Bytes(Header, [(byte)'E', (byte)'1', (byte)',', 0x8C, 0xA9, (byte)'\n']);

        var refused = Assert.Throws<InvalidRequestException>(() => ImportText.Decode(file, TextCharset.Utf8))!;

        Assert.That(refused.Text.English, Does.StartWith("Line 2 is not UTF-8 text"));
        Assert.That(ImportText.Decode(file, null), Is.EqualTo("id,name\r\nE1,見\n"), "without a charset, not UTF-8 means CP932");
    }

    [Test]
    public void UTF8_with_or_without_a_BOM_reads_the_same()
    {
        var withoutBom = Encoding.UTF8.GetBytes("職員番号\n髙\n");
        var withBom = Bytes(Encoding.UTF8.GetPreamble(), withoutBom);

        Assert.That(ImportText.Decode(withBom, null), Is.EqualTo("職員番号\n髙\n"));
        Assert.That(ImportText.Decode(withBom, TextCharset.Utf8), Is.EqualTo("職員番号\n髙\n"));
        Assert.That(ImportText.Decode(withoutBom, null), Is.EqualTo("職員番号\n髙\n"));
        Assert.That(ImportText.Detect(withoutBom), Is.EqualTo(TextCharset.Utf8));
    }

    [TestCase("shift_jis", TextCharset.ShiftJis)]
    [TestCase("Shift_JIS", TextCharset.ShiftJis)]
    [TestCase("cp932", TextCharset.ShiftJis)]
    [TestCase("windows-31j", TextCharset.ShiftJis)]
    [TestCase("sjis", TextCharset.ShiftJis)]
    [TestCase("UTF-8", TextCharset.Utf8)]
    [TestCase("utf8", TextCharset.Utf8)]
    [TestCase(null, null)]
    [TestCase("", null)]
    public void Charset_names_the_imports_read(string? name, TextCharset? expected)
    {
        Assert.That(ImportText.TryGetCharset(name, out var charset), Is.True);
        Assert.That(charset, Is.EqualTo(expected));
    }

    [TestCase("euc-jp")]
    [TestCase("iso-2022-jp")]
    [TestCase("utf-16")]
    [TestCase("iso-8859-1")]
    public void Other_charsets_are_not_read(string name) =>
        Assert.That(ImportText.TryGetCharset(name, out _), Is.False);
}
