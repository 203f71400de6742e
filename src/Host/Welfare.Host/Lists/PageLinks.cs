using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.Extensions;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Host.Lists;

/// <summary>
/// The RFC 8288 <c>Link</c> header of every paged list: <c>first</c> and <c>last</c> always (an empty list has one
/// empty page), <c>prev</c> from page 2 on, <c>next</c> before the last page. The links are absolute paths (the
/// client resolves them against the URI it called, so no Host header is trusted) and keep every other query
/// parameter of the request as sent; only <c>page</c> and <c>pageSize</c> change. Registered once for the API, it
/// writes the header for any endpoint that answers a <see cref="PagedList{T}"/>.
/// </summary>
internal static class PageLinks
{
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        if (!MayAnswerPage(context.MethodInfo.ReturnType))
        {
            return next;
        }

        return async invocation =>
        {
            var result = await next(invocation);
            if (result is IValueHttpResult { Value: IPagedList page })
            {
                invocation.HttpContext.Response.Headers.Link = Header(invocation.HttpContext.Request, page);
            }

            return result;
        };
    }

    public static string Header(HttpRequest request, IPagedList page)
    {
        var last = (int)Math.Max(1, (page.TotalCount + page.PageSize - 1) / page.PageSize);
        var links = new StringBuilder();
        Append(links, request, 1, page.PageSize, "first");
        if (page.Page > 1)
        {
            // Past the end, "prev" leads back to the last page that has rows.
            Append(links, request, Math.Min(page.Page - 1, last), page.PageSize, "prev");
        }

        if (page.Page < last)
        {
            Append(links, request, page.Page + 1, page.PageSize, "next");
        }

        Append(links, request, last, page.PageSize, "last");
        return links.ToString();
    }

    /// <summary>A paged list, or an answer whose type the signature does not tell (e.g. JSON or CSV by a parameter).</summary>
    internal static bool MayAnswerPage(Type type) =>
        type == typeof(IResult) || type == typeof(object)
        || (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(PagedList<>) || type.GetGenericArguments().Any(MayAnswerPage)));

    private static void Append(StringBuilder links, HttpRequest request, int page, int pageSize, string relation)
    {
        var query = new QueryBuilder(request.Query
            .Where(q => !IsPaging(q.Key))
            .SelectMany(q => q.Value.Select(value => KeyValuePair.Create(q.Key, value ?? string.Empty))))
        {
            { "page", page.ToString(CultureInfo.InvariantCulture) },
            { "pageSize", pageSize.ToString(CultureInfo.InvariantCulture) },
        };
        if (links.Length > 0)
        {
            links.Append(", ");
        }

        links.Append('<').Append((request.PathBase + request.Path).ToUriComponent()).Append(query.ToString()).Append(">; rel=\"").Append(relation).Append('"');
    }

    private static bool IsPaging(string name) =>
        name.Equals("page", StringComparison.OrdinalIgnoreCase) || name.Equals("pageSize", StringComparison.OrdinalIgnoreCase);
}
