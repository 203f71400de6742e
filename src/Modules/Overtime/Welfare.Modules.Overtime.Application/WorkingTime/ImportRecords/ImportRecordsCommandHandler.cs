using MediatR;
using Welfare.Modules.Overtime.Domain.WorkingTime;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Imports;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application.WorkingTime.ImportRecords;

internal sealed class ImportRecordsCommandHandler(IOvertimeDbContext db, IRecordImporter importer, ICurrentUser user, IAuditTrail audit, ImportLimits limits, TimeProvider clock)
    : IRequestHandler<ImportRecordsCommand, RecordImportDto>
{
    public async Task<RecordImportDto> Handle(ImportRecordsCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var parser = new RecordLineParser(request.Format, limits.WorkingTime.MaxRows);
        await importer.StageAsync(parser.ReadAsync(request.Body, cancellationToken), cancellationToken);
        var merged = await importer.MergeAsync(user.Id, now, cancellationToken);

        var import = new RecordImport(Guid.CreateVersion7(now), user.Id, now, request.Format.ToString());
        import.Complete(
            rows: parser.Rows,
            accepted: merged.Accepted,
            duplicates: merged.Duplicates,
            duplicateLines: merged.DuplicateLines,
            rejected: parser.RejectedCount + merged.Rejected,
            rejections: parser.Rejections.Concat(merged.Rejections));
        db.RecordImports.Add(import);
        audit.Record("working-time.import", "RecordImport", import.Id.ToString(), AuditOutcome.Allowed);
        return RecordImportDto.From(import);
    }
}
