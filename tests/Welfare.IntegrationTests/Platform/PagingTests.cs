using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Platform;

/// <summary>
/// Paging as a client lives it, on one list (departments; every paged list shares the envelope, the bounds and the
/// Link header): the Link header leads through every page exactly once and keeps the request's filters; the bounds
/// answer 400.
/// </summary>
public sealed class PagingTests : ApiTest
{
    private const string Departments = "/api/v1/organisation/departments";

    [SetUp]
    public Task SeedAsync() => OrganisationSeed.DepartmentsAndGradesAsync(InRole(Roles.PersonnelSystem, "personnel-system", "D900"));

    [Test]
    public async Task Following_next_from_the_first_page_visits_every_row_once_and_in_order()
    {
        var client = Employee();
        var seen = new List<string>();
        var relations = new List<string>();
        string? next = $"{Departments}?pageSize=1";
        while (next is not null)
        {
            var response = await client.GetAsync(next);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            var page = await response.Content.ReadFromJsonAsync<JsonElement>();
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("departmentCode").GetString()!));
            var links = Links(response);
            relations.Add(string.Join(' ', links.Keys));
            Assert.That(page.GetProperty("totalCount").GetInt64(), Is.EqualTo(4));
            Assert.That(links["first"], Is.EqualTo($"{Departments}?page=1&pageSize=1"));
            Assert.That(links["last"], Is.EqualTo($"{Departments}?page=4&pageSize=1"));
            next = links.GetValueOrDefault("next");
        }

        Assert.That(seen, Is.EqualTo(new[] { "D000", "D100", "D200", "D900" }));
        Assert.That(relations, Is.EqualTo(new[] { "first next last", "first prev next last", "first prev next last", "first prev last" }),
            "no prev on the first page, no next on the last");
    }

    [Test]
    public async Task A_middle_page_links_both_ways_and_keeps_the_other_query_parameters()
    {
        var response = await Employee().GetAsync($"{Departments}?includeClosed=false&asOf=2026-04-01&page=2&pageSize=2");

        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(page.GetProperty("page").GetInt32(), Is.EqualTo(2));
        Assert.That(page.GetProperty("pageSize").GetInt32(), Is.EqualTo(2));
        Assert.That(page.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("departmentCode").GetString()), Is.EqualTo(new[] { "D200", "D900" }));
        Assert.That(Links(response), Is.EqualTo(new Dictionary<string, string>
        {
            ["first"] = $"{Departments}?includeClosed=false&asOf=2026-04-01&page=1&pageSize=2",
            ["prev"] = $"{Departments}?includeClosed=false&asOf=2026-04-01&page=1&pageSize=2",
            ["last"] = $"{Departments}?includeClosed=false&asOf=2026-04-01&page=2&pageSize=2",
        }));
    }

    [Test]
    public async Task An_empty_list_is_one_empty_page_with_first_and_last()
    {
        var response = await Employee().GetAsync($"{Departments}?asOf=1999-04-01");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(page.GetProperty("items").GetArrayLength(), Is.Zero);
        Assert.That(page.GetProperty("totalCount").GetInt64(), Is.Zero);
        Assert.That(Links(response), Is.EqualTo(new Dictionary<string, string>
        {
            ["first"] = $"{Departments}?asOf=1999-04-01&page=1&pageSize=50",
            ["last"] = $"{Departments}?asOf=1999-04-01&page=1&pageSize=50",
        }));
    }

    [Test]
    public async Task Without_paging_parameters_the_first_page_of_fifty_is_answered()
    {
        var page = await Employee().GetFromJsonAsync<JsonElement>(Departments);

        Assert.That(page.GetProperty("page").GetInt32(), Is.EqualTo(1));
        Assert.That(page.GetProperty("pageSize").GetInt32(), Is.EqualTo(50));
        Assert.That(page.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "items", "page", "pageSize", "totalCount" }));
    }

    [TestCase("pageSize=0", "pageSize")]
    [TestCase("pageSize=201", "pageSize")]
    [TestCase("page=0", "page")]
    [TestCase("page=1000001", "page")]
    public async Task A_page_out_of_bounds_answers_400_for_that_parameter(string query, string field)
    {
        var response = await Employee(language: "en").GetAsync($"{Departments}?{query}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await ProblemAsync(response)).GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EqualTo(new[] { field }));
    }

    [Test]
    public async Task The_largest_page_is_allowed()
    {
        var response = await Employee().GetAsync($"{Departments}?pageSize=200");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    /// <summary>The Link header as relation → target (RFC 8288: &lt;target&gt;; rel="relation", …).</summary>
    private static Dictionary<string, string> Links(HttpResponseMessage response) =>
        string.Join(", ", response.Headers.GetValues("Link")).Split(", ").Select(link =>
        {
            var target = link[1..link.IndexOf('>', StringComparison.Ordinal)];
            var relation = link[(link.IndexOf("rel=\"", StringComparison.Ordinal) + 5)..^1];
            return (relation, target);
        }).ToDictionary(l => l.relation, l => l.target);
}
