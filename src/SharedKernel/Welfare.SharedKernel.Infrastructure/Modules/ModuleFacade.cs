using System.Reflection;
using MediatR;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.SharedKernel.Infrastructure.Modules;

/// <summary>
/// The implementation behind every <c>I&lt;Module&gt;Module</c>. It refuses requests declared by another
/// module, so a caller cannot reach a module's use case through the wrong door.
/// </summary>
public abstract class ModuleFacade(IMediator mediator, Assembly applicationAssembly) : IModuleFacade
{
    public Task<TResult> ExecuteCommandAsync<TResult>(ICommand<TResult> command, CancellationToken cancellationToken = default)
    {
        EnsureOwned(command);
        return mediator.Send(command, cancellationToken);
    }

    public Task<TResult> ExecuteQueryAsync<TResult>(IQuery<TResult> query, CancellationToken cancellationToken = default)
    {
        EnsureOwned(query);
        return mediator.Send(query, cancellationToken);
    }

    private void EnsureOwned(object request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.GetType().Assembly != applicationAssembly)
        {
            throw new InvalidOperationException($"{request.GetType().Name} is not a use case of this module.");
        }
    }
}
