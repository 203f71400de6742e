using Welfare.Modules.Organisation.Domain.Imports;
using Welfare.SharedKernel.Application.Imports;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Organisation.Application.Imports.ImportEmployees;

/// <summary>
/// Applies an employee file from the personnel system. <see cref="AsOf"/> is the day the file
/// describes (default: today in Japan); rows take effect on their own effectiveDate, else on AsOf.
/// </summary>
public sealed record ImportEmployeesCommand(ImportMode Mode, DateOnly? AsOf, bool DryRun, ImportFormat Format, Stream Body, TextCharset? Charset = null)
    : ICommand<ImportReportDto>;
