using MediatR;

namespace Welfare.SharedKernel.Application.Messaging;

/// <summary>A request that changes state. It runs inside the module's unit of work (one transaction).</summary>
public interface ICommand<out TResult> : IRequest<TResult>;

/// <summary>A command with nothing to return.</summary>
public interface ICommand : ICommand<Unit>;
