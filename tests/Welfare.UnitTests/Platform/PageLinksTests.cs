using Microsoft.AspNetCore.Http;
using Welfare.Host.Lists;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.UnitTests.Platform;

/// <summary>The Link header of a paged list (RFC 8288): which relations a page has and where they lead.</summary>
public sealed class PageLinksTests
{
    [TestCase(1, 0, "first=1 last=1")]
    [TestCase(1, 50, "first=1 last=1")]
    [TestCase(1, 51, "first=1 next=2 last=2")]
    [TestCase(2, 120, "first=1 prev=1 next=3 last=3")]
    [TestCase(3, 120, "first=1 prev=2 last=3")]
    [TestCase(9, 120, "first=1 prev=3 last=3")]
    public void A_page_links_to_the_pages_that_exist(int page, long total, string expected)
    {
        var header = PageLinks.Header(Request("/api/v1/things", "?pageSize=50"), new PagedList<int>([], page, 50, total));

        var relations = header.Split(", ").Select(link =>
        {
            var rel = link[(link.IndexOf("rel=\"", StringComparison.Ordinal) + 5)..^1];
            var number = link[(link.IndexOf("page=", StringComparison.Ordinal) + 5)..link.IndexOf('&', StringComparison.Ordinal)];
            return $"{rel}={number}";
        });
        Assert.That(string.Join(' ', relations), Is.EqualTo(expected));
    }

    [Test]
    public void Links_keep_the_other_query_parameters_and_change_only_the_page()
    {
        var header = PageLinks.Header(Request("/base", "/api/v1/things", "?status=Open&page=2&tag=a%20b&tag=c&PageSize=10"), new PagedList<int>([], 2, 10, 30));

        Assert.That(header, Is.EqualTo(
            "</base/api/v1/things?status=Open&tag=a%20b&tag=c&page=1&pageSize=10>; rel=\"first\", " +
            "</base/api/v1/things?status=Open&tag=a%20b&tag=c&page=1&pageSize=10>; rel=\"prev\", " +
            "</base/api/v1/things?status=Open&tag=a%20b&tag=c&page=3&pageSize=10>; rel=\"next\", " +
            "</base/api/v1/things?status=Open&tag=a%20b&tag=c&page=3&pageSize=10>; rel=\"last\""));
    }

    [TestCase(typeof(Task<Microsoft.AspNetCore.Http.HttpResults.Ok<PagedList<int>>>), true)]
    [TestCase(typeof(Task<IResult>), true)]
    [TestCase(typeof(Task<Microsoft.AspNetCore.Http.HttpResults.Ok<IReadOnlyList<int>>>), false)]
    public void Only_endpoints_that_may_answer_a_page_get_the_filter(Type returnType, bool filtered) =>
        Assert.That(PageLinks.MayAnswerPage(returnType), Is.EqualTo(filtered));

    private static HttpRequest Request(string path, string query) => Request(string.Empty, path, query);

    private static HttpRequest Request(string pathBase, string path, string query)
    {
        var context = new DefaultHttpContext();
        context.Request.PathBase = pathBase;
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query);
        return context.Request;
    }
}
