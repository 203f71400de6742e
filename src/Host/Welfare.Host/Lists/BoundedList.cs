namespace Welfare.Host.Lists;

/// <summary>
/// Marks a list operation that answers a bare array, not a page: allowed only when a rule bounds the list (a
/// catalogue of the regulations, a period the query caps), never the growth of the organisation or of time.
/// <c>OpenApi/ListsOperationFilter</c> writes the bound (maxItems) and the reason into the contract.
/// </summary>
internal sealed record BoundedList(int MaxItems, string Reason);

internal static class BoundedListExtensions
{
    public static RouteHandlerBuilder AnswersBoundedList(this RouteHandlerBuilder builder, int maxItems, string reason) =>
        builder.WithMetadata(new BoundedList(maxItems, reason));
}
