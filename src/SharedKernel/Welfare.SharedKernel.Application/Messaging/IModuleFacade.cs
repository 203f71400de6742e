namespace Welfare.SharedKernel.Application.Messaging;

/// <summary>
/// The only door into a module. The Host and tests send commands and queries through it; the module's
/// handlers, aggregates and database stay internal.
/// </summary>
public interface IModuleFacade
{
    Task<TResult> ExecuteCommandAsync<TResult>(ICommand<TResult> command, CancellationToken cancellationToken = default);

    Task<TResult> ExecuteQueryAsync<TResult>(IQuery<TResult> query, CancellationToken cancellationToken = default);
}
