using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace Welfare.SharedKernel.Application.Paging;

/// <summary>Which page of a list to return. Pages start at 1 and are bounded so no caller can ask for everything at once.</summary>
public sealed record PageRequest(int Page = 1, int PageSize = PageRequest.DefaultPageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
    public const int MaxPage = 1_000_000;

    public int Skip => (Page - 1) * PageSize;

    /// <summary>From the optional <c>page</c> and <c>pageSize</c> query parameters; bounds are checked by validation.</summary>
    public static PageRequest Of(int? page, int? pageSize) => new(page ?? 1, pageSize ?? DefaultPageSize);
}

/// <summary>A query that returns one page of a list; the validation behaviour checks its <see cref="Paging"/> bounds.</summary>
public interface IPagedQuery
{
    PageRequest Paging { get; }
}

public static class Pages
{
    /// <summary>
    /// Counts the rows and reads one page of them, both in the database. The order must be total (end with a
    /// unique key) so that consecutive pages neither repeat nor skip a row.
    /// </summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IOrderedQueryable<T> query, PageRequest paging, CancellationToken cancellationToken)
    {
        var total = await query.LongCountAsync(cancellationToken);
        List<T> items = paging.Skip < total ? await query.Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken) : [];
        return new PagedList<T>(items, paging.Page, paging.PageSize, total);
    }

    /// <summary>The paging bounds, reported under the query-string names <c>page</c> and <c>pageSize</c>.</summary>
    public static IEnumerable<ValidationFailure> Check(PageRequest paging) => Rules.Validate(paging).Errors;

    private static readonly InlineValidator<PageRequest> Rules = Create();

    private static InlineValidator<PageRequest> Create()
    {
        var rules = new InlineValidator<PageRequest>();
        rules.RuleFor(p => p.Page).InclusiveBetween(1, PageRequest.MaxPage).OverridePropertyName("page");
        rules.RuleFor(p => p.PageSize).InclusiveBetween(1, PageRequest.MaxPageSize).OverridePropertyName("pageSize");
        return rules;
    }
}
