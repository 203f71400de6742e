using FluentValidation;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Organisation.Application.Imports.GetImports;

internal sealed class GetImportsQueryValidator : AbstractValidator<GetImportsQuery>
{
    public GetImportsQueryValidator() => this.RulesForPaging();
}
