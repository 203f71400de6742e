using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Welfare.IntegrationTests.Harness;

namespace Welfare.IntegrationTests.Platform;

/// <summary>
/// The platform's version check (docs/adr/0011), proven on the probe module's editable record: the check against the
/// stored version, its repetition at the save, the parts that move the version, and how tags are read.
/// </summary>
public sealed class RecordVersionTests : ApiTest
{
    private static async Task<(Guid Id, EntityTagHeaderValue Tag)> CreateAsync()
    {
        var response = await Employee().PostAsJsonAsync("/_probe/cases", new { title = "first" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return (id, (await VersionRules.ReadAsync(Employee(), $"/_probe/cases/{id}")).Tag);
    }

    private static Task<HttpResponseMessage> ChangeAsync(Guid id, object change, EntityTagHeaderValue? tag) =>
        Employee().SendJsonAsync(HttpMethod.Put, $"/_probe/cases/{id}", change, tag);

    [Test]
    public async Task A_change_stored_by_someone_else_between_the_check_and_the_save_fails_the_precondition_and_theirs_is_kept()
    {
        var (id, tag) = await CreateAsync();

        var response = await ChangeAsync(id, new { title = "mine", part = "mine too", anotherWriterFirst = true }, tag);

        await VersionRules.AssertProblemAsync(response, HttpStatusCode.PreconditionFailed, "request.precondition-failed");
        var (body, now) = await VersionRules.ReadAsync(Employee(), $"/_probe/cases/{id}");
        var stored = JsonDocument.Parse(body).RootElement;
        Assert.That(stored.GetProperty("title").GetString(), Is.EqualTo("first (other)"));
        Assert.That(stored.GetProperty("parts").GetArrayLength(), Is.Zero);
        Assert.That(now, Is.Not.EqualTo(tag));
    }

    [Test]
    public async Task A_change_of_a_part_alone_moves_the_version_of_its_aggregate()
    {
        var (id, tag) = await CreateAsync();

        var first = await ChangeAsync(id, new { part = "a", anotherWriterFirst = false }, tag);
        var second = await ChangeAsync(id, new { part = "b", anotherWriterFirst = false }, tag);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), await first.Content.ReadAsStringAsync());
        Assert.That(first.Headers.ETag, Is.Not.EqualTo(tag));
        await VersionRules.AssertProblemAsync(second, HttpStatusCode.PreconditionFailed, "request.precondition-failed");
        Assert.That(await ScalarAsync<long>($"SELECT count(*) FROM probe.case_parts WHERE case_id = '{id}'"), Is.EqualTo(1));
    }

    [Test]
    public async Task Tags_are_compared_strongly_one_of_several_may_match_and_an_unquoted_one_is_a_bad_request()
    {
        var (id, tag) = await CreateAsync();
        var change = new { title = "second", anotherWriterFirst = false };

        var weak = await Employee().SendJsonWithRawIfMatchAsync(HttpMethod.Put, $"/_probe/cases/{id}", change, "W/" + tag.Tag);
        var foreign = await Employee().SendJsonWithRawIfMatchAsync(HttpMethod.Put, $"/_probe/cases/{id}", change, "\"not-a-version\"");
        var unquoted = await Employee().SendJsonWithRawIfMatchAsync(HttpMethod.Put, $"/_probe/cases/{id}", change, tag.Tag.Trim('"'));
        var any = await Employee().SendJsonWithRawIfMatchAsync(HttpMethod.Put, $"/_probe/cases/{id}", change, "*");
        var oneOfTwo = await Employee().SendJsonWithRawIfMatchAsync(HttpMethod.Put, $"/_probe/cases/{id}", change, "\"1\", " + tag.Tag);

        await VersionRules.AssertProblemAsync(weak, HttpStatusCode.PreconditionFailed, "request.precondition-failed");
        await VersionRules.AssertProblemAsync(foreign, HttpStatusCode.PreconditionFailed, "request.precondition-failed");
        Assert.That(unquoted.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await unquoted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("If-Match", out _), Is.True);
        await VersionRules.AssertProblemAsync(any, HttpStatusCode.PreconditionRequired, "request.precondition-required");
        Assert.That(oneOfTwo.StatusCode, Is.EqualTo(HttpStatusCode.OK), await oneOfTwo.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task The_probe_case_follows_the_version_rules()
    {
        var (id, _) = await CreateAsync();
        await VersionRules.AssertAsync(Employee(), $"/_probe/cases/{id}", tag => ChangeAsync(id, new { title = "changed", anotherWriterFirst = false }, tag));
    }
}
