using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.SharedKernel.Application.Behaviors;

/// <summary>Checks the shape of every request before its handler runs; failures become a 400 keyed by field.</summary>
public sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var failures = new List<ValidationFailure>();

        // Every list is bounded the same way, so its page is checked here rather than by each query's validator.
        if (request is IPagedQuery paged)
        {
            failures.AddRange(Pages.Check(paged.Paging));
        }

        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<TRequest>(request), cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return await next();
    }
}
