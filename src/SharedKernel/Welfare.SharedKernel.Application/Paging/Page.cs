namespace Welfare.SharedKernel.Application.Paging;

/// <summary>One page of a list, with what a client needs to draw the pager.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, long TotalCount)
{
    public int TotalPages => PageSize == 0 ? 0 : (int)((TotalCount + PageSize - 1) / PageSize);
}
