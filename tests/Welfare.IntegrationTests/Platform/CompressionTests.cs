using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Platform;

/// <summary>
/// Responses are compressed with Brotli or gzip when the caller asks (Accept-Encoding) and sent as they are
/// otherwise; every kind of text the API answers with (JSON, problem details, CSV) is compressed.
/// </summary>
public sealed class CompressionTests : ApiTest
{
    private static async Task<(HttpResponseMessage Response, string Body)> GetAsync(HttpClient client, string path, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null)
        {
            request.Headers.Add("Accept-Encoding", acceptEncoding);
        }

        var response = await client.SendAsync(request);
        var raw = await response.Content.ReadAsStreamAsync();
        Stream decoded = response.Content.Headers.ContentEncoding.SingleOrDefault() switch
        {
            "br" => new BrotliStream(raw, CompressionMode.Decompress),
            "gzip" => new GZipStream(raw, CompressionMode.Decompress),
            null => raw,
            var other => throw new AssertionException($"unexpected Content-Encoding {other}"),
        };
        using var reader = new StreamReader(decoded, Encoding.UTF8);
        return (response, await reader.ReadToEndAsync());
    }

    /// <summary>Refused calls leave audit entries: a page of the trail worth compressing.</summary>
    private static async Task<HttpClient> AuditorWithEntriesAsync()
    {
        for (var i = 0; i < 40; i++)
        {
            await Anonymous().GetAsync("/api/v1/overtime/rules/defaults");
        }

        return InRole(Roles.Auditor, "E9100");
    }

    [Test]
    public async Task A_page_is_sent_with_the_encoding_the_caller_asks_for_and_decodes_to_the_same_json()
    {
        var auditor = await AuditorWithEntriesAsync();
        const string path = "/api/v1/audit?action=endpoint.authenticate&pageSize=40";

        var (plain, plainBody) = await GetAsync(auditor, path, null);
        var (brotli, brotliBody) = await GetAsync(auditor, path, "gzip, deflate, br");
        var (gzip, gzipBody) = await GetAsync(auditor, path, "gzip");
        var (identity, _) = await GetAsync(auditor, path, "identity");

        Assert.That(plain.Content.Headers.ContentEncoding, Is.Empty);
        Assert.That(identity.Content.Headers.ContentEncoding, Is.Empty);
        Assert.That(brotli.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "br" }), "Brotli is preferred when both are acceptable");
        Assert.That(gzip.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "gzip" }));
        Assert.That(brotli.Headers.Vary, Does.Contain("Accept-Encoding"));
        var items = JsonDocument.Parse(plainBody).RootElement.GetProperty("items");
        Assert.That(items.GetArrayLength(), Is.EqualTo(40));
        foreach (var body in new[] { brotliBody, gzipBody })
        {
            // Only the audit search's own entry may differ between the reads; the page lists the refusals.
            Assert.That(JsonDocument.Parse(body).RootElement.GetProperty("items").ToString(), Is.EqualTo(items.ToString()));
        }
    }

    [Test]
    public async Task Problem_details_and_CSV_are_compressed_too()
    {
        var (problem, problemBody) = await GetAsync(Anonymous("en"), "/api/v1/overtime/rules/defaults", "br");
        var (csv, csvBody) = await GetAsync(InRole(Roles.WelfareOfficer), "/api/v1/overtime/statistics?fiscalYear=2025&format=csv", "gzip");

        Assert.That(problem.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(problem.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(problem.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "br" }));
        Assert.That(JsonDocument.Parse(problemBody).RootElement.GetProperty("status").GetInt32(), Is.EqualTo(401));
        Assert.That(csv.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(csv.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(csv.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "gzip" }));
        Assert.That(csvBody.Split("\r\n")[0].Split(','), Does.Contain("年度"));
    }
}
