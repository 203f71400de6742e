using System.Text.Json.Serialization;

namespace Welfare.SharedKernel.Application.Paging;

/// <summary>What the Host needs of any page to write its links: where it is and how many rows there are.</summary>
public interface IPagedList
{
    int Page { get; }

    int PageSize { get; }

    long TotalCount { get; }
}

/// <summary>
/// One page of a list: the one envelope every list operation answers with. The number of pages is not sent:
/// clients derive it from <see cref="TotalCount"/> and <see cref="PageSize"/>, and the Link header's "last" carries it.
/// </summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, long TotalCount) : IPagedList
{
    /// <summary>
    /// On lists that show directory data (departments, who works where): up to when the module's copy of the
    /// directory holds every change; absent on other lists (docs/adr/0012).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public DateTimeOffset DirectoryAsOf { get; init; }

    public PagedList<TResult> Map<TResult>(Func<T, TResult> map) => new([.. Items.Select(map)], Page, PageSize, TotalCount) { DirectoryAsOf = DirectoryAsOf };
}
