using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using FluentValidation.Results;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Imports;

namespace Welfare.Host.Validation;

/// <summary>
/// Enforces <see cref="InputBounds"/> on every endpoint, after binding and before the handler: every
/// string of the body (at any depth) and every string parameter within its length and free of NUL and
/// broken Unicode, every list within its count, no blank path segment or id parameter. A breach is a 400 naming the
/// field as the client spelt it ("entries[2].place").
/// </summary>
internal static class InputBoundsFilter
{
    private const int MaxDepth = 12;

    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, string Name)[]> Properties = new();

    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var isService = context.ApplicationServices.GetService<IServiceProviderIsService>();
        var imports = context.ApplicationServices.GetRequiredService<ImportLimits>();
        var checks = context.MethodInfo.GetParameters()
            .Select((parameter, index) => (parameter, index))
            .Where(p => p.parameter.ParameterType == typeof(string) || IsNumber(p.parameter.ParameterType) || IsBody(p.parameter.ParameterType, isService))
            .ToArray();
        if (checks.Length == 0)
        {
            return next;
        }

        return async invocation =>
        {
            var failures = new List<ValidationFailure>();
            foreach (var (parameter, index) in checks)
            {
                var value = invocation.Arguments[index];
                if (value is string text)
                {
                    var isPath = invocation.HttpContext.Request.RouteValues.ContainsKey(parameter.Name!);
                    CheckParameter(text, parameter.Name!, isPath, failures);
                }
                else if (IsNumber(parameter.ParameterType))
                {
                    CheckNumber(value, parameter.Name!, parameter.Name!, failures);
                }
                else if (value is not null)
                {
                    Walk(value, string.Empty, "body", imports, failures, 0);
                }
            }

            if (failures.Count > 0)
            {
                throw new ValidationException(failures);
            }

            return await next(invocation);
        };
    }

    private static bool IsBody(Type type, IServiceProviderIsService? isService) =>
        !type.IsInterface && !type.IsAbstract && !type.IsValueType && IsOurs(ElementType(type) ?? type) && isService?.IsService(type) != true;

    private static bool IsOurs(Type type) => type.Namespace?.StartsWith("Welfare.", StringComparison.Ordinal) == true && !type.IsEnum && !type.IsValueType;

    private static void CheckParameter(string value, string name, bool isPath, List<ValidationFailure> failures)
    {
        var max = InputBounds.ParameterMaxLength(name);
        // A blank id is never a record (and cannot be written to the audit trail as one); a blank
        // free-text filter is simply empty.
        var problem = (isPath || InputBounds.IsIdentifier(name)) && string.IsNullOrWhiteSpace(value) ? InputBounds.Blank
            : value.Length > max ? InputBounds.TooLong(max)
            : InputBounds.ForbiddenCharacters(value) ?? NotOfPattern(value, name);
        if (problem is not null)
        {
            failures.Add(new ValidationFailure(name, problem.InCurrentCulture()));
        }
    }

    private static LocalizedText? NotOfPattern(string value, string field) =>
        InputBounds.Pattern(field) is not null && !EmployeeId.IsValid(value) ? InputBounds.NotAStaffNumber : null;

    private static bool IsNumber(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(int) || t == typeof(long) || t == typeof(double) || t == typeof(decimal));

    private static void CheckNumber(object? value, string path, string field, List<ValidationFailure> failures)
    {
        // As a double: a decimal cannot hold every double a client may send (1e308).
        if (value is not null && InputBounds.Range(field) is { } range && Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture) is var number
            && (number < (double)range.Minimum || number > (double)range.Maximum))
        {
            failures.Add(new ValidationFailure(path, InputBounds.OutOfRange(range).InCurrentCulture()));
        }
    }

    private static void CheckText(string value, string path, string field, List<ValidationFailure> failures)
    {
        var max = InputBounds.MaxLength(field);
        var problem = value.Length > max ? InputBounds.TooLong(max) : InputBounds.ForbiddenCharacters(value) ?? NotOfPattern(value, field);
        if (problem is not null)
        {
            failures.Add(new ValidationFailure(path, problem.InCurrentCulture()));
        }
    }

    private static void Walk(object value, string path, string field, ImportLimits imports, List<ValidationFailure> failures, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        if (value is IEnumerable items and not string)
        {
            var list = items.Cast<object?>().ToList();
            var max = InputBounds.MaxItems(field, imports);
            if (list.Count > max)
            {
                failures.Add(new ValidationFailure(path.Length == 0 ? "body" : path, InputBounds.TooMany(max).InCurrentCulture()));
                return;
            }

            if (InputBounds.FixedItems(field) is { } count && list.Count != count.Minimum)
            {
                failures.Add(new ValidationFailure(path, InputBounds.ItemCount(count.Minimum).InCurrentCulture()));
                return;
            }

            for (var i = 0; i < list.Count; i++)
            {
                var itemPath = $"{path}[{i}]";

                // No list of the API means anything by a null item; handlers and validators need not expect one.
                if (list[i] is null)
                {
                    failures.Add(new ValidationFailure(itemPath, InputBounds.NullItem.InCurrentCulture()));
                }
                else if (list[i] is string text)
                {
                    CheckText(text, itemPath, field, failures);
                }
                else if (IsNumber(list[i]!.GetType()))
                {
                    CheckNumber(list[i], itemPath, field, failures);
                }
                else if (list[i] is { } item && IsOurs(item.GetType()))
                {
                    Walk(item, itemPath, field, imports, failures, depth + 1);
                }
            }

            return;
        }

        foreach (var (property, name) in Properties.GetOrAdd(value.GetType(), Describe))
        {
            var propertyPath = path.Length == 0 ? name : $"{path}.{name}";
            switch (property.GetValue(value))
            {
                case string text:
                    CheckText(text, propertyPath, name, failures);
                    break;
                case int or long or double or decimal:
                    CheckNumber(property.GetValue(value), propertyPath, name, failures);
                    break;
                case IEnumerable and not IDictionary and not string and var list:
                    Walk(list, propertyPath, name, imports, failures, depth + 1);
                    break;
                case { } nested when IsOurs(nested.GetType()):
                    Walk(nested, propertyPath, name, imports, failures, depth + 1);
                    break;
            }
        }
    }

    private static (PropertyInfo, string)[] Describe(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
            .Select(p => (p, p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name)))];

    internal static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) && type != typeof(string) ? type.GetGenericArguments()[0]
        : null;
}
