using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Welfare.IntegrationTests.Harness;

/// <summary>The version rules every editable record follows (docs/adr/0011), asserted with one change a test can send more than once.</summary>
public static class VersionRules
{
    /// <summary>
    /// The read answers a strong ETag (and 304 to it where the view allows); the change sent with it answers 2xx and the
    /// record's new ETag; the same change sent again with the old tag answers 412 and the record stays as it was; sent
    /// without If-Match it answers 428 and the record stays as it was where the tag is required, and goes through where not.
    /// </summary>
    /// <param name="change">Sends the change with If-Match: the given tag, or without If-Match for null.</param>
    public static async Task AssertAsync(
        HttpClient reader, string record, Func<EntityTagHeaderValue?, Task<HttpResponseMessage>> change, bool required = true, bool answersNotModified = true)
    {
        var (read, tag) = await ReadAsync(reader, record);
        Assert.That(tag.IsWeak, Is.False, "the ETag is strong");
        Assert.That(tag.Tag, Does.Match("^\"[0-9]+\"$"), "the ETag is a quoted version");

        using var conditional = new HttpRequestMessage(HttpMethod.Get, record);
        conditional.Headers.IfNoneMatch.Add(tag);
        var again = await reader.SendAsync(conditional);
        if (answersNotModified)
        {
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotModified), $"GET {record} with If-None-Match: its ETag");
            Assert.That(again.Headers.ETag, Is.EqualTo(tag));
            Assert.That(await again.Content.ReadAsByteArrayAsync(), Is.Empty);
        }
        else
        {
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"GET {record}: its view changes with the day, so never 304");
            Assert.That(await again.Content.ReadAsStringAsync(), Is.EqualTo(read));
        }

        var changed = await change(tag);
        Assert.That((int)changed.StatusCode, Is.InRange(200, 299), await changed.Content.ReadAsStringAsync());
        var next = changed.Headers.ETag;
        Assert.That(next, Is.Not.Null.And.Not.EqualTo(tag), "the answer of a change carries the record's new ETag");
        var (stored, storedTag) = await ReadAsync(reader, record);
        Assert.That(storedTag, Is.EqualTo(next), "the new ETag is the record's");

        var stale = await change(tag);
        await AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed, "request.precondition-failed");
        await AssertUnchangedAsync(reader, record, stored, next!);

        var blind = await change(null);
        if (required)
        {
            await AssertProblemAsync(blind, HttpStatusCode.PreconditionRequired, "request.precondition-required");
            await AssertUnchangedAsync(reader, record, stored, next!);
        }
        else
        {
            Assert.That((int)blind.StatusCode, Is.InRange(200, 299), await blind.Content.ReadAsStringAsync());
        }
    }

    /// <summary>The record's representation and its ETag.</summary>
    public static async Task<(string Body, EntityTagHeaderValue Tag)> ReadAsync(HttpClient reader, string record)
    {
        var response = await reader.GetAsync(record);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        Assert.That(response.Headers.ETag, Is.Not.Null, $"GET {record} answers an ETag");
        return (body, response.Headers.ETag!);
    }

    public static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(JsonDocument.Parse(body).RootElement.GetProperty("code").GetString(), Is.EqualTo(code));
    }

    private static async Task AssertUnchangedAsync(HttpClient reader, string record, string stored, EntityTagHeaderValue tag)
    {
        var (body, now) = await ReadAsync(reader, record);
        Assert.That(now, Is.EqualTo(tag), "nothing was stored");
        Assert.That(body, Is.EqualTo(stored), "nothing was stored");
    }
}
