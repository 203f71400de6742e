using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Organisation.Application.Imports.GetImport;

/// <summary>One import with its rejected rows.</summary>
public sealed record GetImportQuery(Guid Id) : IQuery<ImportReportDto>;
