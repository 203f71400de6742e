using Welfare.Modules.ReturnToWork.Domain.LeaveCases;
using Welfare.SharedKernel.Application.Imports;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.ReturnToWork.Application.LeaveCases.ImportLeaveCases;

/// <summary>
/// The personnel system sends its current leave records in one batch; each row is keyed by its
/// <c>reference</c>, so resending a row updates the same leave. Rows that cannot be stored (unknown
/// employee, reversed dates, a reference of another employee) are reported, the others stored.
/// </summary>
public sealed record ImportLeaveCasesCommand(IReadOnlyList<LeaveCaseRow> Rows) : ICommand<LeaveImportReport>;

public sealed record LeaveCaseRow(string EmployeeId, LeaveKind Kind, DateOnly StartedOn, DateOnly? ExpectedEndOn, DateOnly? EndedOn, string Reference);

/// <summary><see cref="LeaveImportRejection.Row"/> is the 1-based position in the batch.</summary>
public sealed record LeaveImportReport(int Created, int Updated, IReadOnlyList<LeaveImportRejection> Rejected) : IImportOutcome
{
    long IImportOutcome.AcceptedRows => Created + Updated;

    long IImportOutcome.RejectedRows => Rejected.Count;

    bool IImportOutcome.DryRun => false;
}

public sealed record LeaveImportRejection(int Row, string Reference, string Code);
