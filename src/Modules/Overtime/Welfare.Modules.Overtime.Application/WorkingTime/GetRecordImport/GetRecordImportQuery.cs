using Welfare.Modules.Overtime.Application.WorkingTime.ImportRecords;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.WorkingTime.GetRecordImport;

/// <summary>The report of an earlier upload, for the attendance system that sent it or the scheme's officers.</summary>
public sealed record GetRecordImportQuery(Guid ImportId) : IQuery<RecordImportDto>;
