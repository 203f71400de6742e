namespace Welfare.SharedKernel;

/// <summary>
/// Value objects are C# records (structural equality for free); this marker lets architecture tests
/// find them and keeps the vocabulary of the design card.
/// </summary>
public interface IValueObject;
