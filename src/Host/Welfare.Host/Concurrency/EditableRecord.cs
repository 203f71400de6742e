namespace Welfare.Host.Concurrency;

/// <summary>
/// Marks an operation on a record several people edit (docs/adr/0011): a read answers the record's ETag
/// (and 304 to an If-None-Match naming it, where the view depends on nothing but the record and the caller);
/// a change is checked against the version named in If-Match — 412 when it is not the stored one, 428 when it
/// is missing where required — and answers the new ETag.
/// </summary>
internal sealed record EditableRecord(bool Changes, bool IfMatchRequired, bool AnswersNotModified)
{
    public const string ETagDescription = "The record's version: send it as If-Match with the next change of the record.";
}

internal static class EditableRecordEndpoints
{
    /// <summary>A read of one editable record: ETag, and 304 for an If-None-Match naming the current one unless the view changes with the day.</summary>
    public static RouteHandlerBuilder ReadsEditableRecord(this RouteHandlerBuilder builder, bool viewChangesWithTheDay = false)
    {
        builder.WithMetadata(new EditableRecord(Changes: false, IfMatchRequired: false, AnswersNotModified: !viewChangesWithTheDay));
        return viewChangesWithTheDay ? builder : builder.Produces(StatusCodes.Status304NotModified);
    }

    /// <summary>
    /// A change of an editable record. If-Match is required wherever everyone who may make the change may also
    /// read the record; it is optional (checked when sent) only where someone may change it without reading it.
    /// </summary>
    public static RouteHandlerBuilder ChangesEditableRecord(this RouteHandlerBuilder builder, bool ifMatchRequired = true)
    {
        builder.WithMetadata(new EditableRecord(Changes: true, ifMatchRequired, AnswersNotModified: false))
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        return ifMatchRequired ? builder.ProducesProblem(StatusCodes.Status428PreconditionRequired) : builder;
    }
}
