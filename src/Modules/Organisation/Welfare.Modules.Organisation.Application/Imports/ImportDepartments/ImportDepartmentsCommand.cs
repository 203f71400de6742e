using Welfare.Modules.Organisation.Domain.Imports;
using Welfare.SharedKernel.Application.Imports;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Organisation.Application.Imports.ImportDepartments;

/// <summary>Applies a department file; in full mode a department the file lacks is closed the day before <see cref="AsOf"/>.</summary>
public sealed record ImportDepartmentsCommand(ImportMode Mode, DateOnly? AsOf, bool DryRun, ImportFormat Format, Stream Body, TextCharset? Charset = null)
    : ICommand<ImportReportDto>;
