using FluentValidation;

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

/// <summary>A query that returns one page of a list.</summary>
public interface IPagedQuery
{
    PageRequest Paging { get; }
}

public static class PagingRules
{
    /// <summary>The paging bounds, reported under the query-string names <c>page</c> and <c>pageSize</c>.</summary>
    public static void RulesForPaging<T>(this AbstractValidator<T> validator)
        where T : IPagedQuery
    {
        validator.RuleFor(q => q.Paging.Page).InclusiveBetween(1, PageRequest.MaxPage).OverridePropertyName("page");
        validator.RuleFor(q => q.Paging.PageSize).InclusiveBetween(1, PageRequest.MaxPageSize).OverridePropertyName("pageSize");
    }
}
